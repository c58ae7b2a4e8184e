import { INestApplication, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, getSchemaPath, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiModule } from '../api.module';
import { ErrorResponse } from './error-response.dto';

export const API_PREFIX = 'api/v1';

/** Routes that live outside the versioned prefix. */
export const API_PREFIX_EXCLUDES = [
  { path: 'health', method: RequestMethod.GET },
  { path: 'metrics', method: RequestMethod.GET },
  // Signed media URLs handed to platforms: short, stable, outside the versioned api.
  { path: 'media-public/*path', method: RequestMethod.GET },
];

/** Where the api serves its OpenAPI document: the HTML viewer, and the JSON the web client is generated from. */
export const API_DOCS_PATH = 'api/docs';
export const API_DOCS_JSON_PATH = 'api/docs-json';

export function applyApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix(API_PREFIX, { exclude: API_PREFIX_EXCLUDES });
}

/**
 * The api's OpenAPI document, from the controllers and DTOs of `app`. Every operation also answers
 * its errors in the one envelope (`4XX`/`5XX` -> ErrorResponse) unless it describes them itself.
 */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Warta API')
    .setDescription(
      'Warta: one press release, approved and published to X, Facebook and Instagram. Errors use one envelope ' +
        '`{"error":{"code","message","details"},"requestId"}` with `message` in the language of `Accept-Language` (id default, en).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const doc = SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] });
  const error = {
    content: { 'application/json': { schema: { $ref: getSchemaPath(ErrorResponse) } } },
  };
  for (const item of Object.values(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      op.responses['4XX'] ??= { description: 'Client error (see DESIGN §8 for each status).', ...error };
      op.responses['5XX'] ??= { description: 'Server error or a dependency down.', ...error };
    }
  }
  return doc;
}

/**
 * The same document without Postgres, Redis or any configuration: Nest's preview mode builds the
 * module graph (controllers, routes, DTO metadata) without instantiating a provider.
 */
export async function openApiDocumentOffline(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(ApiModule, { preview: true, logger: false, abortOnError: false });
  applyApiPrefix(app);
  return createOpenApiDocument(app);
}
