import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../../generator/model/index.js';
import { parsePage } from '../../../generator/parse/parse-page.js';
import { buildModel } from '../../../generator/reconcile/build-model.js';

/** A resource page: `rows` as `name|Type` pairs, `annotation` extra fields of its representation annotation. */
function resource(name: string, rows: string[], annotation = ''): [string, string] {
  const table = rows.map((row) => `|${row}|Description.|`).join('\n');
  return [
    `resources/${name.toLowerCase()}.md`,
    `# ${name} resource type\n\nNamespace: microsoft.graph\n\n## Properties\n\n|Property|Type|Description|\n|:--|:--|:--|\n${table}\n\n## JSON representation\n\n<!-- { "blockType": "resource", "@odata.type": "microsoft.graph.${name}"${annotation} } -->\n\`\`\`json\n{}\n\`\`\`\n`,
  ];
}

/** An API page: request lines, and the response sentence's type (`[x]` object, or `collection of [x]`). */
function api(file: string, title: string, lines: string[], response: string, extra = ''): [string, string] {
  return [
    `api/${file}.md`,
    `# ${title}\n\nNamespace: microsoft.graph\n\n## HTTP request\n\`\`\`http\n${lines.join('\n')}\n\`\`\`\n${extra}\n## Response\n\nIf successful, this method returns a \`200 OK\` response code and ${response} in the response body.\n`,
  ];
}

const model = (pages: [string, string][]): ApiModel => buildModel(pages.map(([file, text]) => parsePage(file, text)));
const propertiesOf = (m: ApiModel, name: string): Record<string, string> =>
  Object.fromEntries((m.objects.find((o) => o.name === name)?.properties ?? []).map((p) => [p.name, p.type.kind === 'collection' && p.type.of.kind === 'object' ? `${p.type.of.id}[]` : p.type.kind === 'object' ? p.type.id : p.type.kind]));

const USER = resource('user', ['id|String', 'displayName|String']);
const TEAM = resource('team', ['id|String']);
const GET_USER = api('user-get', 'Get user', ['GET /me', 'GET /users/{id}'], 'a [user](../resources/user.md) object');

describe('relationships from API paths', () => {
  const cases: [string, [string, string][], string, Record<string, string>][] = [
    [
      'a list under an item read by key (user-list-joinedteams.md)',
      [USER, TEAM, GET_USER, api('user-list-joinedteams', 'List joinedTeams', ['GET /me/joinedTeams', 'GET /users/{id}/joinedTeams'], 'a collection of [team](../resources/team.md) objects')],
      'user',
      { id: 'primitive', displayName: 'primitive', joinedTeams: 'microsoft.graph.team[]' },
    ],
    [
      'an item read by key shows a collection (onlinemeeting-get.md)',
      [USER, TEAM, GET_USER, api('team-get', 'Get team', ['GET /me/teams/{id}'], 'a [team](../resources/team.md) object')],
      'user',
      { id: 'primitive', displayName: 'primitive', teams: 'microsoft.graph.team[]' },
    ],
    [
      'a function names no property (driveitem-delta.md)',
      [USER, TEAM, GET_USER, api('user-delta', 'user: delta', ['GET /users/{id}/delta'], 'a collection of [team](../resources/team.md) objects', '## Function parameters\n\nNone.\n')],
      'user',
      { id: 'primitive', displayName: 'primitive' },
    ],
    [
      'a name the table has, in any case, is left as the table says',
      [USER, TEAM, GET_USER, api('user-list-displayname', 'List', ['GET /users/{id}/DisplayName'], 'a collection of [team](../resources/team.md) objects')],
      'user',
      { id: 'primitive', displayName: 'primitive' },
    ],
    [
      'a single object at a plain segment (presence-get.md)',
      [USER, TEAM, GET_USER, api('presence-get', 'Get presence', ['GET /me/presence', 'GET /users/{id}/presence'], 'a [team](../resources/team.md) object')],
      'user',
      { id: 'primitive', displayName: 'primitive', presence: 'microsoft.graph.team' },
    ],
    [
      'not when a page titles the path as a bound operation (table-range.md, worksheet-range.md)',
      [
        USER,
        TEAM,
        GET_USER,
        api('range-get', 'Get range', ['GET /users/{id}/range'], 'a [team](../resources/team.md) object'),
        api('user-range', 'User: Range', ['GET /users/{id}/range'], 'a [team](../resources/team.md) object'),
      ],
      'user',
      { id: 'primitive', displayName: 'primitive' },
    ],
    [
      'a collection when a request line sends it a collection’s query (onlinemeeting-get.md)',
      [USER, TEAM, GET_USER, api('team-get', 'Get team', ["GET /users/{id}/teams/?$filter=name eq '{name}'"], 'a [team](../resources/team.md) object')],
      'user',
      { id: 'primitive', displayName: 'primitive', teams: 'microsoft.graph.team[]' },
    ],
    [
      'a collection listed before the same segment read as one object',
      [
        USER,
        TEAM,
        GET_USER,
        api('team-list', 'List teams', ['GET /users/{id}/teams'], 'a collection of [team](../resources/team.md) objects'),
        api('team-find', 'Find team', ['GET /users/{id}/teams/find'], 'a [team](../resources/team.md) object'),
      ],
      'user',
      { id: 'primitive', displayName: 'primitive', teams: 'microsoft.graph.team[]' },
    ],
    [
      'a key addresses one object, whatever the page says (chat-get.md)',
      [USER, TEAM, GET_USER, api('team-get', 'Get team', ['GET /users/{id}/teams/{team-id}'], 'a collection of [team](../resources/team.md) objects')],
      'user',
      { id: 'primitive', displayName: 'primitive', teams: 'microsoft.graph.team[]' },
    ],
    [
      'a path a page lists among many speaks less for /me than a page about it',
      [
        USER,
        TEAM,
        GET_USER,
        api('user-list-manager', 'List manager', ['GET /me/manager', 'GET /users/{id}/manager', 'GET /me?$expand=manager', 'GET /users/{id}?$expand=manager'], 'a [team](../resources/team.md) object'),
        api('me-list-chats', 'List chats', ['GET /me/chats'], 'a collection of [team](../resources/team.md) objects'),
      ],
      'user',
      { id: 'primitive', displayName: 'primitive', chats: 'microsoft.graph.team[]', manager: 'microsoft.graph.team' },
    ],
    [
      'a bound title types a singleton path (cloudcommunications-getpresencesbyuserid.md)',
      [
        TEAM,
        api('cloudcommunications-getpresencesbyuserid', 'cloudCommunications: getPresencesByUserId', ['POST /communications/getPresencesByUserId'], 'a collection of [team](../resources/team.md) objects'),
        api('call-get', 'Get call', ['GET /communications/calls/{id}'], 'a [team](../resources/team.md) object'),
      ],
      'cloudCommunications',
      { calls: 'microsoft.graph.team[]' },
    ],
    [
      'a root no page types is named after its segment (appcatalogs-list-teamsapps.md)',
      [TEAM, api('appcatalogs-list-teamsapps', 'List teamsApp', ['GET /appCatalogs/teamsApps'], 'a collection of [team](../resources/team.md) objects')],
      'appCatalogs',
      { teamsApps: 'microsoft.graph.team[]' },
    ],
  ];
  it.each(cases)('%s', (_name, pages, type, want) => {
    expect(propertiesOf(model(pages), type)).toEqual(want);
  });

  const ENTITY = resource('entity', ['id|String'], ', "keyProperty": "id"');
  const list = (file: string, path: string): [string, string] => api(file, 'List', [`GET ${path}`], 'a collection of [team](../resources/team.md) objects');
  const rootCases: [string, [string, string][], string, Record<string, string> | undefined][] = [
    [
      'a root no page types is the type whose properties name most of its children (auditlogroot.md)',
      [TEAM, resource('logRoot', ['audits|[team](team.md) collection', 'signIns|[team](team.md) collection']), list('a', '/logs/audits'), list('b', '/logs/signIns'), list('c', '/logs/provisioning')],
      'logRoot',
      { audits: 'microsoft.graph.team[]', signIns: 'microsoft.graph.team[]', provisioning: 'microsoft.graph.team[]' },
    ],
    [
      'not a type naming half of them or fewer (servicePrincipal under /policies)',
      [TEAM, resource('logRoot', ['audits|[team](team.md) collection', 'signIns|[team](team.md) collection']), list('a', '/logs/audits'), list('b', '/logs/signIns'), list('c', '/logs/provisioning'), list('d', '/logs/other')],
      'logRoot',
      { audits: 'microsoft.graph.team[]', signIns: 'microsoft.graph.team[]' },
    ],
    [
      'a root named as a described entity type is that type (security.md)',
      [ENTITY, TEAM, resource('security', ['alerts|[team](team.md) collection'], ', "baseType": "microsoft.graph.entity"'), list('a', '/security/secureScores')],
      'security',
      { alerts: 'microsoft.graph.team[]', secureScores: 'microsoft.graph.team[]' },
    ],
    [
      'not a complex type of that name (`/identity` is not identity)',
      [ENTITY, TEAM, resource('identity', ['id|String', 'displayName|String']), list('a', '/identity/b2xUserFlows')],
      'identity',
      { id: 'primitive', displayName: 'primitive' },
    ],
  ];
  it.each(rootCases)('%s', (_name, pages, type, want) => {
    expect(propertiesOf(model(pages), type)).toEqual(want);
  });

  const HOSTED = resource('message', ['id|String', 'hostedContents|[content](content.md)']);
  const CONTENT = resource('content', ['id|String']);
  const GET_MESSAGE = api('message-get', 'Get message', ['GET /chats/{id}/messages/{id}'], 'a [message](../resources/message.md) object');
  const LIST = api('content-list', 'List contents', ['GET /chats/{id}/messages/{id}/hostedContents'], 'a collection of [content](../resources/content.md) objects');
  const READ = api('content-get', 'Get content', ['GET /chats/{id}/messages/{id}/hostedContents/{id}'], 'a [content](../resources/content.md) object');
  const rowCases: [string, [string, string][], string][] = [
    ['a row typing one object the paths list and key is a collection (chatmessage.md hostedContents)', [HOSTED, CONTENT, GET_MESSAGE, LIST, READ], 'microsoft.graph.content[]'],
    ['a list alone does not make a row a collection (orgcontact-get-manager.md)', [HOSTED, CONTENT, GET_MESSAGE, LIST], 'microsoft.graph.content'],
  ];
  it.each(rowCases)('%s', (_name, pages, want) => {
    expect(propertiesOf(model(pages), 'message')['hostedContents']).toBe(want);
  });

  it('reports a type only a path names as undocumented', () => {
    const m = model([TEAM, api('appcatalogs-list-teamsapps', 'List teamsApp', ['GET /appCatalogs/teamsApps'], 'a collection of [team](../resources/team.md) objects')]);
    expect(m.diagnostics.filter((d) => d.code === 'undocumented-type').map((d) => d.message)).toEqual(['type microsoft.graph.appCatalogs is referenced but never described on any page']);
  });
});

describe('rows that a resource table and the paths settle', () => {
  const cases: [string, [string, string][], string, string[]][] = [
    [
      'a create table adds no property the resource table omits (agreement-post-agreements.md)',
      [resource('agreement', ['displayName|String']), ['api/agreement-post.md', '# Create agreement\n\n## HTTP request\n```http\nPOST /agreements\n```\n## Request body\n\nIn the request body, supply a JSON representation of an [agreement](../resources/agreement.md) object.\n\n|Property|Type|Description|\n|:--|:--|:--|\n|displayName|String|Name.|\n|fileName|String|File.|\n']],
      'agreement',
      ['displayName'],
    ],
    [
      'a type no resource table describes keeps its request rows',
      [['api/widget-post.md', '# Create widget\n\n## HTTP request\n```http\nPOST /widgets\n```\n## Request body\n\nIn the request body, supply a JSON representation of a [widget](../resources/widget.md) object.\n\n|Property|Type|Description|\n|:--|:--|:--|\n|size|Int32|Size.|\n']],
      'widget',
      ['size'],
    ],
    [
      'a lowercase row takes the spelling the paths use (schedule.md `openshifts`)',
      [resource('schedule', ['openshifts|String']), api('openshift-list', 'List openShifts', ['GET /teams/{id}/schedule/openShifts'], 'a collection of [schedule](../resources/schedule.md) objects')],
      'schedule',
      ['openShifts'],
    ],
  ];
  it.each(cases)('%s', (_name, pages, type, want) => {
    expect(Object.keys(propertiesOf(model(pages), type))).toEqual(want);
  });
});

describe('bases from the paths and derived-types lists', () => {
  const ENTITY = resource('entity', ['id|String'], ', "keyProperty": "id"');
  const KEYED = [resource('a', ['name|String'], ', "baseType": "microsoft.graph.entity"'), resource('b', ['name|String'], ', "baseType": "microsoft.graph.entity"')];
  const cases: [string, [string, string][], string, string | undefined][] = [
    ['a type read by key derives from the key root', [ENTITY, ...KEYED, resource('thing', ['size|Int32']), api('thing-get', 'Get thing', ['GET /things/{id}'], 'a [thing](../resources/thing.md) object')], 'thing', 'microsoft.graph.entity'],
    ['a type no path addresses gets no base', [ENTITY, ...KEYED, resource('thing', ['size|Int32'])], 'thing', undefined],
    [
      'a Derived types section on the base page (participantjoiningresponse.md)',
      [resource('base', ['x|String']).map((text, i) => (i === 1 ? text.replace('## JSON representation', '## Derived types\n\n| Type | Description |\n|:--|:--|\n| [child](child.md) | A child. |\n\n## JSON representation') : text)) as [string, string], resource('child', ['y|String'])],
      'child',
      'microsoft.graph.base',
    ],
  ];
  it.each(cases)('%s', (_name, pages, type, want) => {
    expect(model(pages).objects.find((o) => o.name === type)?.base).toBe(want);
  });
});
