import { render } from 'preact';
function App() { return <main data-state="unknown"></main>; }
render(<App />, document.getElementById('app')!);
