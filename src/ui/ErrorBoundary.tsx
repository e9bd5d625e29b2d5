import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Shown in the fallback so the reader knows which part failed. */
  name: string;
  fallback: (error: Error, retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State { error: Error | null }

/** A failure in one panel is caught here and reported; the rest of the app keeps working (issue 8). */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Reported, not swallowed: the console keeps the stack for whoever debugs it.
    console.warn(`[${this.props.name}] panel failed:`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}
