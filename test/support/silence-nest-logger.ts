import { Logger } from '@nestjs/common';

// Unit tests exercise error paths on purpose; their logs would only bury the results.
Logger.overrideLogger(false);
