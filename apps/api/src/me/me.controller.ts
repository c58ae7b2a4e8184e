import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessScopeService, MembershipsRepository } from '@warta/organizations';
import { WartaRequest } from '../common/request-context';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly memberships: MembershipsRepository,
    private readonly scopes: AccessScopeService,
  ) {}

  /** The caller, their memberships, and what they may do on each membership node (and below). */
  @Get()
  async me(@Req() req: WartaRequest) {
    const user = req.user!;
    const [memberships, permissions] = await Promise.all([
      this.memberships.forUser(user.id),
      this.scopes.effectivePermissions(user.id),
    ]);
    return {
      user: { id: user.id, email: user.email, name: user.name, locale: user.locale },
      memberships,
      permissions,
    };
  }
}
