/**
 * Where a state is on today's world map: the world atlas (world-atlas,
 * Natural Earth) keys countries by their ISO 3166-1 numeric code, the
 * tracker by ISO 3166-1 alpha-3.
 *
 * A former state has no shape of its own on today's map. Where its seat
 * passed on as the same seat, by continuation or change of representation
 * (`SUCCESSIONS` in `membership.ts`), it is drawn on its successor's shape:
 * the USSR on the Russian Federation's, China as the Republic of China
 * represented it on China's, Tanganyika on the United Republic of
 * Tanzania's, Serbia and Montenegro on Serbia's. The others (Czechoslovakia,
 * Yugoslavia, the German Democratic Republic, the two Yemens, Zanzibar) are
 * drawn nowhere and must be listed beside the map.
 */

/** ISO 3166-1 alpha-3 and numeric codes of the 193 member states (world-countries `cca3`, `ccn3`; a test checks it). */
const NUMERIC =
  'AFG004 AGO024 ALB008 AND020 ARE784 ARG032 ARM051 ATG028 AUS036 AUT040 AZE031 BDI108 BEL056 BEN204 BFA854 ' +
  'BGD050 BGR100 BHR048 BHS044 BIH070 BLR112 BLZ084 BOL068 BRA076 BRB052 BRN096 BTN064 BWA072 CAF140 CAN124 ' +
  'CHE756 CHL152 CHN156 CIV384 CMR120 COD180 COG178 COL170 COM174 CPV132 CRI188 CUB192 CYP196 CZE203 DEU276 ' +
  'DJI262 DMA212 DNK208 DOM214 DZA012 ECU218 EGY818 ERI232 ESP724 EST233 ETH231 FIN246 FJI242 FRA250 FSM583 ' +
  'GAB266 GBR826 GEO268 GHA288 GIN324 GMB270 GNB624 GNQ226 GRC300 GRD308 GTM320 GUY328 HND340 HRV191 HTI332 ' +
  'HUN348 IDN360 IND356 IRL372 IRN364 IRQ368 ISL352 ISR376 ITA380 JAM388 JOR400 JPN392 KAZ398 KEN404 KGZ417 ' +
  'KHM116 KIR296 KNA659 KOR410 KWT414 LAO418 LBN422 LBR430 LBY434 LCA662 LIE438 LKA144 LSO426 LTU440 LUX442 ' +
  'LVA428 MAR504 MCO492 MDA498 MDG450 MDV462 MEX484 MHL584 MKD807 MLI466 MLT470 MMR104 MNE499 MNG496 MOZ508 ' +
  'MRT478 MUS480 MWI454 MYS458 NAM516 NER562 NGA566 NIC558 NLD528 NOR578 NPL524 NRU520 NZL554 OMN512 PAK586 ' +
  'PAN591 PER604 PHL608 PLW585 PNG598 POL616 PRK408 PRT620 PRY600 QAT634 ROU642 RUS643 RWA646 SAU682 SDN729 ' +
  'SEN686 SGP702 SLB090 SLE694 SLV222 SMR674 SOM706 SRB688 SSD728 STP678 SUR740 SVK703 SVN705 SWE752 SWZ748 ' +
  'SYC690 SYR760 TCD148 TGO768 THA764 TJK762 TKM795 TLS626 TON776 TTO780 TUN788 TUR792 TUV798 TZA834 UGA800 ' +
  'UKR804 URY858 USA840 UZB860 VCT670 VEN862 VNM704 VUT548 WSM882 YEM887 ZAF710 ZMB894 ZWE716';

export const ISO_NUMERIC: ReadonlyMap<string, string> = new Map(
  NUMERIC.split(' ').map((pair) => [pair.slice(0, 3), pair.slice(3)]),
);

/** Former states drawn on a successor's shape: the same seat, continued or represented anew. */
export const DRAWN_AS: Readonly<Record<string, string>> = { SUN: 'RUS', ROC: 'CHN', TAN: 'TZA', SCG: 'SRB' };

/**
 * The alpha-3 code of the shape that shows a state on today's map, or null
 * where none does. `shapeOf('FRA')` → 'FRA'; `shapeOf('SUN')` → 'RUS'; `shapeOf('CSK')` → null.
 */
export function shapeOf(key: string): string | null {
  if (ISO_NUMERIC.has(key)) return key;
  return DRAWN_AS[key] ?? null;
}

/** The atlas's id (ISO 3166-1 numeric, as text) of the shape that shows a state, or null. `atlasIdOf('FRA')` → '250'. */
export function atlasIdOf(key: string): string | null {
  const shape = shapeOf(key);
  return shape === null ? null : (ISO_NUMERIC.get(shape) ?? null);
}
