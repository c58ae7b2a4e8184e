export { ApprovalsQueuePage } from './components/ApprovalsQueuePage';
export { ApprovalReviewPage } from './components/ApprovalReviewPage';
