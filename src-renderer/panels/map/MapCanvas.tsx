/**
 * The map drawn by cytoscape on a canvas: nodes at precomputed positions (map-layout.ts), pan and
 * zoom with the mouse, hover shows what an element is, a click selects and opens it. The canvas is
 * not accessible: the list beside it (MapList) offers the same by keyboard, its selection synced.
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { MapGraph } from '../../../src-main/contract/methods-map';
import { toElements } from './map-elements';
import { mapStylesheet } from './map-style';

export interface MapSelection {
  id: string | null;
  /** Selected from the list: the canvas brings it into view. */
  fromList: boolean;
}

interface Props {
  graph: MapGraph;
  selection: MapSelection;
  onSelect(id: string | null): void;
  onOpen(id: string): void;
  describe(id: string): string;
}

interface Tip {
  text: string;
  x: number;
  y: number;
}

export function MapCanvas({ graph, selection, onSelect, onOpen, describe }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);
  const [drawn, setDrawn] = useState<MapGraph | null>(null);
  const handlers = useRef({ onSelect, onOpen, describe });
  handlers.current = { onSelect, onOpen, describe };

  useEffect(() => {
    const cy = cytoscape({
      container: box.current,
      style: mapStylesheet(),
      layout: { name: 'preset' },
      minZoom: 0.03,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autoungrabify: true,
      selectionType: 'single',
    });
    cyRef.current = cy;
    cy.on('tap', 'node, edge', (e: EventObject) => {
      const id = e.target.id() as string;
      handlers.current.onSelect(id);
      handlers.current.onOpen(id);
    });
    cy.on('tap', (e: EventObject) => e.target === cy && handlers.current.onSelect(null));
    cy.on('mouseover', 'node, edge', (e: EventObject) => {
      e.target.addClass('hovered');
      setTip({ text: handlers.current.describe(e.target.id()), x: e.renderedPosition.x, y: e.renderedPosition.y });
    });
    cy.on('mouseout', 'node, edge', (e: EventObject) => {
      e.target.removeClass('hovered');
      setTip(null);
    });
    cy.on('viewport', () => setTip(null));
    // The theme's colours are read again when the system switches between light and dark.
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const restyle = () => cy.style(mapStylesheet());
    scheme.addEventListener('change', restyle);
    return () => {
      scheme.removeEventListener('change', restyle);
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(toElements(graph));
    });
    cy.fit(undefined, 40);
    // A handful of nodes is not blown up to fill the screen.
    if (cy.zoom() > 1.4) {
      cy.zoom(1.4);
      cy.center();
    }
    // Marked once the new elements are on screen (the bench and the tests wait for it).
    cy.one('render', () => requestAnimationFrame(() => setDrawn(graph)));
    cy.forceRender();
  }, [graph]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.$(':selected').unselect();
    if (!selection.id) return;
    const element = cy.getElementById(selection.id);
    if (element.empty()) return;
    element.select();
    if (selection.fromList) {
      const bb = element.boundingBox();
      const view = cy.extent();
      const inView = bb.x1 >= view.x1 && bb.x2 <= view.x2 && bb.y1 >= view.y1 && bb.y2 <= view.y2;
      if (!inView) cy.center(element);
    }
  }, [selection, drawn]);

  return (
    <div className="map-canvas">
      <div
        ref={box}
        className="map-canvas__cy"
        role="img"
        aria-label="Evidence map drawing (the list beside it holds the same nodes and links, for the keyboard)"
        data-ready={drawn === graph ? 'true' : undefined}
      />
      {tip && (
        <div className="map-canvas__tip" role="tooltip" style={{ left: tip.x + 14, top: tip.y + 14 }}>
          {tip.text}
        </div>
      )}
    </div>
  );
}
