import { Module } from '@nestjs/common';
import { OrganizationsModule } from '@warta/organizations';
import { ListCalendar } from './calendar';
import { CalendarRepository } from './calendar/calendar.repository';
import { GetPostDetail } from './get-post-detail.use-case';
import { ListPosts } from './list-posts.use-case';
import { PostsListRepository } from './posts-list.repository';
import { PublishingModule } from './publishing.module';

const USE_CASES = [ListPosts, GetPostDetail, ListCalendar];

/** The api's read side of posts (lists, calendar, a post's detail); the worker does not load it. */
@Module({
  imports: [PublishingModule, OrganizationsModule],
  providers: [PostsListRepository, CalendarRepository, ...USE_CASES],
  exports: USE_CASES,
})
export class PostQueriesModule {}
