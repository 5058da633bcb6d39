import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { trackRoleFromName } from '../../../src/domain/tracks/track-role';
import type { TimelineTrack } from '../../../src/hosts/spec';
import { DuckRolesField } from '../../../src/ui/duck/duck-roles-field';
import { TrackRoleList } from '../../../src/ui/duck/track-role-list';
import { defaultVoiceTrackIndex } from '../../../src/ui/duck/voice-track';
import { byName, renderedTree } from './element-tree';

const text = (element: React.ReactElement) => renderToStaticMarkup(element).replaceAll('<!-- -->', '');
const tracks = ['Voice-over', 'Music', 'Audio 3'].map((name, index) => ({ index, name }));
const byNameRole = (index: number) => trackRoleFromName(tracks[index]!.name);

describe('track roles in the Duck tab', () => {
  it('lists each audio track with its role, defaulting to what the name suggests', () => {
    const html = text(<TrackRoleList tracks={tracks} roleOf={byNameRole} onChange={() => {}} />);
    expect(html).toContain('label="Role of A1 Voice-over"');
    expect(html).toMatch(
      /name="track-role-0"[^>]*value="voice">.*?<sp-menu-item value="voice" selected="">Voice\/dialogue<\/sp-menu-item>/,
    );
    expect(html).toMatch(/name="track-role-1"[^>]*value="music">.*?<sp-menu-item value="music" selected="">Music<\/sp-menu-item>/);
    expect(html).toMatch(/name="track-role-2"[^>]*value="unknown">.*?<sp-menu-item value="unknown" selected="">Other<\/sp-menu-item>/);
    // The row names the track, so the picker carries its name without a second visible label.
    expect(html).not.toContain('<sp-field-label');
    expect(html).toContain('remembered for this sequence');
  });

  it('reports a changed role with its track', () => {
    const onChange = vi.fn();
    const list = renderedTree(() => TrackRoleList({ tracks, roleOf: byNameRole, onChange }));
    (byName(list, 'track-role-2').props.onChange as (value: string) => void)('generated');
    expect(onChange).toHaveBeenCalledWith(2, 'generated');
  });

  it('offers the voice-over by role, the editor’s choice first', () => {
    const named = [
      { index: 0, name: 'Audio 1' },
      { index: 1, name: 'Voix off' },
    ] as Pick<TimelineTrack, 'index' | 'name'>[];
    expect(defaultVoiceTrackIndex(named)).toBe(1);
    expect(defaultVoiceTrackIndex(named, { 0: 'voice', 1: 'music' })).toBe(0);
  });
});

describe('Duck these roles', () => {
  it('ticks the chosen roles, never offers voice, and says Other is left alone unless ticked', () => {
    const html = text(<DuckRolesField duckRoles={['generated', 'music']} onChange={() => {}} />);
    expect(html).toMatch(/name="duck-role-music" checked=""/);
    expect(html).toMatch(/name="duck-role-generated" checked=""/);
    expect(html).not.toMatch(/name="duck-role-effects" checked/);
    expect(html).not.toContain('duck-role-voice');
    expect(html).toContain('Tracks set to Other are left alone unless Other is ticked');
  });

  it('adds and removes a role', () => {
    const onChange = vi.fn();
    const field = renderedTree(() => DuckRolesField({ duckRoles: ['generated', 'music'], onChange }));
    (byName(field, 'duck-role-effects').props.onChange as (checked: boolean) => void)(true);
    expect(onChange).toHaveBeenLastCalledWith(['generated', 'music', 'effects']);
    (byName(field, 'duck-role-music').props.onChange as (checked: boolean) => void)(false);
    expect(onChange).toHaveBeenLastCalledWith(['generated']);
  });
});
