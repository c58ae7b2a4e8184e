/** Every BullMQ queue Warta uses. One per platform so a platform's limiter never blocks another. */
export enum QueueName {
  PublishX = 'publish-x',
  PublishFacebook = 'publish-facebook',
  PublishInstagram = 'publish-instagram',
  Maintenance = 'maintenance',
  Metrics = 'metrics',
}

export const ALL_QUEUES = Object.values(QueueName);
