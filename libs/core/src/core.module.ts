import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from './clock';

/** Process-wide basics every lib may inject: the Clock. Tests override it with a FixedClock. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class CoreModule {}
