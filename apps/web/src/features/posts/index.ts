export { PostsPage } from './components/PostsPage';
export { PostDetailPage } from './components/PostDetailPage';
