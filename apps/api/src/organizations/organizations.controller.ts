import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import {
  CreateOrganization,
  GetOrganization,
  ListOrganizations,
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
    private readonly listOrganizations: ListOrganizations,
    private readonly getOrganization: GetOrganization,
    private readonly create: CreateOrganization,
    private readonly update: UpdateOrganization,
  ) {}

  /** Nodes in the caller's subtree(s), oldest first. */
  @Get()
  @ApiOkResponse({ type: OrganizationPage })
  async list(@CurrentActor() actor: Actor, @Query() q: ListOrganizationsQuery) {
    const page = await this.listOrganizations.execute(actor, { ...q, limit: q.limit ?? 50 });
    return { items: page.items.map(organizationView), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganizationView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    return organizationView(await this.getOrganization.execute(actor, id));
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
