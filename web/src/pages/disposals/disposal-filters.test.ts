import { describe, expect, it } from 'vitest';
import { disposalFilters, disposalListQuery } from './disposal-filters';

const state = (query: string) => disposalFilters.parse(new URLSearchParams(query));

describe('the disposal list’s query', () => {
  it('asks for the disposals still to be worked unless a status is chosen', () => {
    expect(disposalListQuery(state(''))).toMatchObject({ active: 'true' });
    expect(disposalListQuery(state('')).status).toBeUndefined();
  });

  it('asks for one status, or for all of them', () => {
    expect(disposalListQuery(state('status=closed'))).toMatchObject({ status: 'closed' });
    expect(disposalListQuery(state('status=closed')).active).toBeUndefined();
    const all = disposalListQuery(state('status=all'));
    expect(all.status).toBeUndefined();
    expect(all.active).toBeUndefined();
  });

  it('keeps the import job the import summary links with', () => {
    const id = '0e26cd44-1111-4222-8333-444455556666';
    expect(disposalListQuery(state(`importJobId=${id}&status=all`))).toMatchObject({ importJobId: id });
  });
});
