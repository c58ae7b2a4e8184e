export { ComposePage } from './components/ComposePage';
export { ReleasesPage } from './components/ReleasesPage';
export { ReleasePage } from './components/ReleasePage';
