/**
 * The curated sites (sites/speech-sites.ts) named for the reader: in Chinese
 * by name, in English by host, so the empty state's list cannot drift from
 * the manifest.
 */
import { SPEECH_SITES, type SpeechSite } from '../sites/speech-sites.ts';
import { isChineseUi } from './t.ts';

/** The host a curated site's match pattern names ('*://*.gov.cn/*' → 'gov.cn'). */
function hostOfPattern(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/.*$/, '');
}

/**
 * The curated sites of one kind as the empty state lists them: in Chinese by
 * name (with the host where the name covers many sites, or the host alone when
 * there is no name), in English by host; one entry per name (新华网 has two hosts).
 */
export function curatedSitesText(kind: SpeechSite['kind'], chinese: boolean = isChineseUi()): string {
  const entries: string[] = [];
  for (const site of SPEECH_SITES.filter((s) => s.kind === kind)) {
    const host = hostOfPattern(site.pattern);
    const entry = !chinese || !site.name ? host : site.name.includes('各级') ? `${site.name}（${host}）` : site.name;
    if (!entries.includes(entry)) entries.push(entry);
  }
  return entries.join(chinese ? '、' : ', ');
}
