import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ListMyMemberships } from '@warta/organizations';
import { WartaRequest } from '../common/request-context';
import { MeView } from './me-response.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly listMyMemberships: ListMyMemberships) {}

  /** The caller, their memberships, and what they may do on each membership node (and below). */
  @Get()
  @ApiOkResponse({ type: MeView })
  async me(@Req() req: WartaRequest) {
    const user = req.user!;
    const { memberships, permissions } = await this.listMyMemberships.execute(user.id);
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      memberships,
      permissions,
    };
  }
}
