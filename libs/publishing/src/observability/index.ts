export * from './publishing-gauges';
export * from './queue-board-access.service';
