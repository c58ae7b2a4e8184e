import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@warta/core';
import {
  GetOrganizationWebhook,
  PutOrganizationWebhook,
  RemoveOrganizationWebhook,
  RotateWebhookSecret,
} from '@warta/notifications';
import { CurrentActor } from '../common/current-actor.decorator';
import { UuidParamPipe } from '../common/uuid-param.pipe';
import {
  deliveryView,
  PutWebhookDto,
  RemoveWebhookQuery,
  RotateWebhookSecretQuery,
  webhookView,
} from './organization-webhooks.dto';
import { WebhookView, WebhookWithDeliveriesView, WebhookWithSecretView } from './webhook-response.dto';

/** A node's signed webhook (org:manage on the node). The secret is in the answer only when it is new. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('organizations/:id/webhook')
export class OrganizationWebhooksController {
  constructor(
    private readonly getWebhook: GetOrganizationWebhook,
    private readonly putWebhook: PutOrganizationWebhook,
    private readonly removeWebhook: RemoveOrganizationWebhook,
    private readonly rotateSecret: RotateWebhookSecret,
  ) {}

  @Get()
  @ApiOkResponse({ type: WebhookWithDeliveriesView })
  async get(@CurrentActor() actor: Actor, @Param('id', new UuidParamPipe()) id: string) {
    const { webhook, recentDeliveries } = await this.getWebhook.execute(actor, id);
    return {
      ...webhookView(webhook),
      recentDeliveries: recentDeliveries.map((d) => deliveryView(d, webhook)),
    };
  }

  @Put()
  @ApiOkResponse({ type: WebhookWithSecretView })
  async put(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Body() dto: PutWebhookDto,
  ) {
    const { webhook, secret } = await this.putWebhook.execute(actor, { ...dto, organizationId: id });
    return { ...webhookView(webhook), secret };
  }

  @Delete()
  @ApiOkResponse({ type: WebhookView })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() q: RemoveWebhookQuery,
  ) {
    return webhookView(
      await this.removeWebhook.execute(actor, { organizationId: id, version: q.version, reason: q.reason }),
    );
  }

  @Post('rotate-secret')
  @ApiOkResponse({ type: WebhookWithSecretView })
  @HttpCode(200)
  async rotate(
    @CurrentActor() actor: Actor,
    @Param('id', new UuidParamPipe()) id: string,
    @Query() q: RotateWebhookSecretQuery,
  ) {
    const { webhook, secret } = await this.rotateSecret.execute(actor, {
      organizationId: id,
      version: q.version,
    });
    return { ...webhookView(webhook), secret };
  }
}
