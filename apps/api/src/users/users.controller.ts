import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '@warta/core';
import {
  AddMembership,
  ChangeMembershipRole,
  CreateUser,
  DeactivateUser,
  ListUsers,
  RemoveMembership,
} from '@warta/organizations';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import { AddMembershipDto, ChangeRoleDto, CreateUserDto, ListUsersQuery, ReasonDto } from './users.dto';
import { CreatedMembershipView, CreatedUserView, UserPage } from './user-response.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller()
export class UsersController {
  constructor(
    private readonly listUsers: ListUsers,
    private readonly createUser: CreateUser,
    private readonly addMembership: AddMembership,
    private readonly changeRole: ChangeMembershipRole,
    private readonly removeMembership: RemoveMembership,
    private readonly deactivateUser: DeactivateUser,
  ) {}

  /** People holding a role inside the admin's subtree, with the roles the admin can see. */
  @Get('users')
  @ApiOkResponse({ type: UserPage })
  list(@CurrentActor() actor: Actor, @Query() q: ListUsersQuery) {
    return this.listUsers.execute(actor, { limit: q.limit ?? 50, cursor: q.cursor, q: q.q });
  }

  @Post('users')
  @ApiCreatedResponse({ type: CreatedUserView })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.createUser.execute(actor, dto);
  }

  @Post('users/:id/memberships')
  @ApiCreatedResponse({ type: CreatedMembershipView })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) userId: string,
    @Body() dto: AddMembershipDto,
  ) {
    return this.addMembership.execute(actor, { userId, ...dto });
  }

  @Post('users/:id/deactivate')
  @ApiNoContentResponse({ description: 'Deactivated.' })
  @HttpCode(204)
  async deactivate(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) userId: string,
    @Body() dto: ReasonDto,
  ) {
    await this.deactivateUser.execute(actor, { userId, reason: dto.reason });
  }

  @Patch('memberships/:id')
  @ApiNoContentResponse({ description: 'Role changed.' })
  @HttpCode(204)
  async change(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) membershipId: string,
    @Body() dto: ChangeRoleDto,
  ) {
    await this.changeRole.execute(actor, { membershipId, role: dto.role, reason: dto.reason });
  }

  @Delete('memberships/:id')
  @ApiNoContentResponse({ description: 'Removed.' })
  @HttpCode(204)
  async remove(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) membershipId: string) {
    await this.removeMembership.execute(actor, { membershipId });
  }
}
