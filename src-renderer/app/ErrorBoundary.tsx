/** Keeps one broken panel from taking the window down; says so in plain words, never a stack trace. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the panel is, for the message ("the reader"). */
  area: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[casebook] ${this.props.area} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="panel-error" role="alert">
        <p className="panel-error__title">Something went wrong in {this.props.area}.</p>
        <p>Your notebook is safe: everything marked “Saved” is on disk.</p>
        <button type="button" className="button" onClick={() => this.setState({ failed: false })}>
          Show it again
        </button>
      </div>
    );
  }
}
