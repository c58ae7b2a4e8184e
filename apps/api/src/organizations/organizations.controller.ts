import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, DomainError } from '@warta/core';
import {
  AccessScopeService,
  CreateOrganization,
  OrganizationsRepository,
  Permission,
  UpdateOrganization,
} from '@warta/organizations';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  CreateOrganizationDto,
  ListOrganizationsQuery,
  organizationView,
  UpdateOrganizationDto,
} from './organizations.dto';
import { OrganizationPage, OrganizationView } from './organization-response.dto';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly scopes: AccessScopeService,
    private readonly organizations: OrganizationsRepository,
    private readonly create: CreateOrganization,
    private readonly update: UpdateOrganization,
  ) {}

  /** Nodes in the caller's subtree(s), oldest first. */
  @Get()
  @ApiOkResponse({ type: OrganizationPage })
  async list(@CurrentActor() actor: Actor, @Query() q: ListOrganizationsQuery) {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    const page = await this.organizations.listInScope(scope, { ...q, limit: q.limit ?? 50 });
    return { items: page.items.map(organizationView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const scope = await this.scopes.scopeFor(actor.userId, Permission.OrgRead);
    const node = await this.organizations.findInScope(scope, id);
    if (!node) throw new DomainError('NOT_FOUND');
    return organizationView(node);
  }

  @Post()
  @ApiCreatedResponse({ type: OrganizationView })
  async createRoute(@CurrentActor() actor: Actor, @Body() dto: CreateOrganizationDto) {
    return organizationView(await this.create.execute(actor, dto));
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrganizationView })
  async updateRoute(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: UpdateOrganizationDto,
  ) {
    return organizationView(await this.update.execute(actor, { ...dto, id }));
  }
}
