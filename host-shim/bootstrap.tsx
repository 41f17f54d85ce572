import '../src/zod-setup';
import { createRoot } from 'react-dom/client';
import './host.css';
import { mocksInPage } from './api-base';
import { ShimApp } from './shim-app';

async function main() {
  // The reference host runs on the mock backend: in the page (MSW), or over HTTP (`npm run start:http`).
  // A real host has its own APIs.
  if (mocksInPage) {
    const { startMockWorker } = await import('../mocks/browser');
    await startMockWorker({ quiet: true });
  }
  const container = document.getElementById('shim-root');
  if (!container) throw new Error('index.html must have an element with id "shim-root"');
  createRoot(container).render(<ShimApp />);
}

void main();
