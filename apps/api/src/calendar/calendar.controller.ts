import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import { ListCalendar } from '@warta/publishing';
import { CurrentActor } from '../common/current-actor.decorator';
import { CalendarQuery } from './calendar.dto';
import { CalendarPage } from './calendar-response.dto';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly listCalendar: ListCalendar) {}

  /**
   * Posts whose publish time (publication time once published) falls in [from, to), in time order,
   * within the caller's subtree(s). Times carry the offset of the zone each post was scheduled in.
   */
  @Get()
  @ApiOkResponse({ type: CalendarPage })
  list(@CurrentActor() actor: Actor, @Query() q: CalendarQuery) {
    return this.listCalendar.execute(actor, {
      from: new Date(q.from),
      to: new Date(q.to),
      organizationId: q.organizationId,
      platform: q.platform,
      states: q.state,
      limit: q.limit ?? 50,
      cursor: q.cursor,
    });
  }
}
