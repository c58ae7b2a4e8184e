// The bell sits in the header of every screen, so it is loaded with the shell, apart from the page.
export { NotificationBell } from './components/NotificationBell';
