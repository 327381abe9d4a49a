import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';

// The TypeORM CLI's view of the database (npm run migration:*), configured like the application.
export default new DataSource(dataSourceOptions(loadConfig()));
