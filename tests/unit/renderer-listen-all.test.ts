import { describe, expect, it } from 'vitest';
import { listenAll } from '../../src-renderer/app/listen-all';

/** A plain EventTarget standing in for an element (listenAll only adds and removes listeners). */
const element = () => new EventTarget() as unknown as HTMLElement;

describe('listenAll', () => {
  it('adds each listener for its own event type and removes them all again', () => {
    const target = element();
    const heard: string[] = [];
    const stop = listenAll(target, { click: () => heard.push('click'), keydown: () => heard.push('keydown'), blur: undefined });
    target.dispatchEvent(new Event('keydown'));
    target.dispatchEvent(new Event('click'));
    target.dispatchEvent(new Event('focus'));
    expect(heard).toEqual(['keydown', 'click']);

    stop();
    target.dispatchEvent(new Event('click'));
    target.dispatchEvent(new Event('keydown'));
    expect(heard).toEqual(['keydown', 'click']);
  });

  it('removes a capturing listener with the options it was added with', () => {
    const target = element();
    let heard = 0;
    const stop = listenAll(target, { scroll: () => heard++ }, { capture: true, passive: true });
    target.dispatchEvent(new Event('scroll'));
    stop();
    target.dispatchEvent(new Event('scroll'));
    expect(heard).toBe(1);
  });
});
