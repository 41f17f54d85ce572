import '../src/zod-setup';
import { createRoot } from 'react-dom/client';
import './host.css';
import { ShimApp } from './shim-app';

async function main() {
  // The reference host always runs on the mock backend; a real host has its own APIs.
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker({ quiet: true });
  const container = document.getElementById('shim-root');
  if (!container) throw new Error('index.html must have an element with id "shim-root"');
  createRoot(container).render(<ShimApp />);
}

void main();
