/** The one mapping from a thrown error to the HTTP answer: status, name, code, every problem in the caller's language first. */
import { errors } from '@strapi/utils';
import { errorResponse } from '../../src/middlewares/error-responses';
import { splitBilingual } from '../../src/utils/message-language';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  UnavailableError,
  bilingual,
  problemAt,
} from '../../src/plugins/synergy/server/src/utils/errors';

const TWO_PROBLEMS = [
  problemAt('quantity', 'quantity must not be negative', '数量不能为负数'),
  problemAt(['resolutions', '1', 'dueDate'], 'Resolution 2: no due date', '决议2：未填写完成时限'),
];

describe('domain errors', () => {
  it.each([
    [InvalidError, 400, 'ValidationError', 'invalid'],
    [ForbiddenError, 403, 'ForbiddenError', 'forbidden'],
    [NotFoundError, 404, 'NotFoundError', 'not-found'],
    [ConflictError, 409, 'ConflictError', 'conflict'],
    [UnavailableError, 503, 'ServiceUnavailableError', 'unavailable'],
  ] as const)('%p answers %i as %s with code %s and every problem in the caller language first', (Kind, status, name, code) => {
    const error = new Kind(TWO_PROBLEMS);

    const zh = errorResponse(error, 'zh')!;
    expect(zh.status).toBe(status);
    expect(zh.body).toEqual({
      data: null,
      error: {
        status,
        name,
        message: '数量不能为负数 (quantity must not be negative); 决议2：未填写完成时限 (Resolution 2: no due date)',
        details: {
          code,
          errors: [
            { path: ['quantity'], message: '数量不能为负数 (quantity must not be negative)', messages: TWO_PROBLEMS[0].message, name },
            {
              path: ['resolutions', '1', 'dueDate'],
              message: '决议2：未填写完成时限 (Resolution 2: no due date)',
              messages: TWO_PROBLEMS[1].message,
              name,
            },
          ],
        },
      },
    });

    const en = errorResponse(error, 'en')!;
    expect(en.status).toBe(status);
    expect(en.body.error.message).toBe('quantity must not be negative (数量不能为负数); Resolution 2: no due date (决议2：未填写完成时限)');
    expect(en.body.error.details.errors.map((e) => e.message)).toEqual([
      'quantity must not be negative (数量不能为负数)',
      'Resolution 2: no due date (决议2：未填写完成时限)',
    ]);
  });

  it('carries its own code and its facts beside the problems', () => {
    const error = new ConflictError(bilingual('"close" is not allowed in state "draft"', '当前状态不允许此操作'), {
      code: 'transition-not-allowed',
      facts: { status: 'draft', allowed: ['submit', 'withdraw'] },
    });
    expect(errorResponse(error, 'en')).toEqual({
      status: 409,
      body: {
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: '"close" is not allowed in state "draft" (当前状态不允许此操作)',
          details: {
            status: 'draft',
            allowed: ['submit', 'withdraw'],
            code: 'transition-not-allowed',
            errors: [
              {
                path: [],
                message: '"close" is not allowed in state "draft" (当前状态不允许此操作)',
                messages: { en: '"close" is not allowed in state "draft"', zh: '当前状态不允许此操作' },
                name: 'ConflictError',
              },
            ],
          },
        },
      },
    });
  });

  it('says a text once when both languages are the same, and reads English first in logs', () => {
    const error = new InvalidError(bilingual('2026-H3', '2026-H3'));
    expect(errorResponse(error, 'zh')!.body.error.message).toBe('2026-H3');
    expect(new InvalidError(TWO_PROBLEMS).message).toBe(
      'quantity must not be negative (数量不能为负数); Resolution 2: no due date (决议2：未填写完成时限)'
    );
  });

  it('needs at least one problem', () => {
    expect(() => new InvalidError([])).toThrow(TypeError);
  });

  it('is recognised from another compiled copy of the errors module (the app and the plugin each have one)', () => {
    let Other: typeof InvalidError | undefined;
    jest.isolateModules(() => {
      Other = require('../../src/plugins/synergy/server/src/utils/errors').InvalidError;
    });
    expect(Other).not.toBe(InvalidError);
    const error = new Other!(TWO_PROBLEMS);
    expect(error instanceof DomainError).toBe(false);
    expect(errorResponse(error, 'zh')).toMatchObject({ status: 400, body: { error: { details: { code: 'invalid' } } } });
  });
});

describe("Strapi's errors, written by hand as 'English (中文)'", () => {
  it.each([
    [new errors.ValidationError('Owner unit cannot be empty (所属单位不能为空)'), 400, 'invalid'],
    [new errors.ApplicationError('Owner unit cannot be empty (所属单位不能为空)'), 400, 'invalid'],
    [new errors.PolicyError('Owner unit cannot be empty (所属单位不能为空)'), 403, 'forbidden'],
    [new errors.ForbiddenError('Owner unit cannot be empty (所属单位不能为空)'), 403, 'forbidden'],
    [new errors.NotFoundError('Owner unit cannot be empty (所属单位不能为空)'), 404, 'not-found'],
    [new errors.UnauthorizedError('Owner unit cannot be empty (所属单位不能为空)'), 401, 'unauthorized'],
    [new errors.PayloadTooLargeError('Owner unit cannot be empty (所属单位不能为空)'), 413, 'payload-too-large'],
    [new errors.RateLimitError('Owner unit cannot be empty (所属单位不能为空)'), 429, 'rate-limited'],
    [new errors.NotImplementedError('Owner unit cannot be empty (所属单位不能为空)'), 501, 'not-implemented'],
  ])("%p keeps Strapi's status %i, gets code %s and its message as its one problem", (error, status, code) => {
    const { body, ...rest } = errorResponse(error, 'zh')!;
    expect(rest.status).toBe(status);
    expect(body.error).toEqual({
      status,
      name: error.name,
      message: '所属单位不能为空 (Owner unit cannot be empty)',
      details: {
        code,
        errors: [
          {
            path: [],
            message: '所属单位不能为空 (Owner unit cannot be empty)',
            messages: { en: 'Owner unit cannot be empty', zh: '所属单位不能为空' },
            name: error.name,
          },
        ],
      },
    });
  });

  it('puts a message naming its field under that field, and keeps the other details', () => {
    const error = new errors.ValidationError('edition is required (须指定目录版本)', { field: 'edition', allowed: ['x'] });
    expect(errorResponse(error, 'en')!.body.error.details).toEqual({
      field: 'edition',
      allowed: ['x'],
      code: 'invalid',
      errors: [
        {
          path: ['edition'],
          message: 'edition is required (须指定目录版本)',
          messages: { en: 'edition is required', zh: '须指定目录版本' },
          name: 'ValidationError',
        },
      ],
    });
  });

  it("keeps Strapi's field errors (with their values), each in the caller's language first, and refused rows' reasons", () => {
    const error = new errors.ValidationError('2 errors occurred', {
      errors: [
        { path: ['title'], message: 'title must be at most 200 characters', name: 'ValidationError', value: 'x' },
        { path: ['ownerUnit'], message: 'Owner unit cannot be empty (所属单位不能为空)', name: 'ValidationError' },
      ],
      rows: [{ row: 3, reason: 'unit does not exist (供应单位不存在)' }],
    });
    const { details } = errorResponse(error, 'zh')!.body.error;
    expect(details.errors).toEqual([
      {
        path: ['title'],
        message: 'title must be at most 200 characters',
        messages: { en: 'title must be at most 200 characters', zh: 'title must be at most 200 characters' },
        name: 'ValidationError',
        value: 'x',
      },
      {
        path: ['ownerUnit'],
        message: '所属单位不能为空 (Owner unit cannot be empty)',
        messages: { en: 'Owner unit cannot be empty', zh: '所属单位不能为空' },
        name: 'ValidationError',
      },
    ]);
    expect(details.rows).toEqual([{ row: 3, reason: '供应单位不存在 (unit does not exist)' }]);
  });

  it('leaves errors that are not refusals (a 500) to Strapi', () => {
    expect(errorResponse(new Error('boom'), 'zh')).toBeNull();
    expect(errorResponse('boom', 'zh')).toBeNull();
  });
});

describe('the two halves of a message written by hand', () => {
  it('finds the Chinese half in either order, and keeps one-language texts whole', () => {
    expect(splitBilingual('Owner unit cannot be empty (所属单位不能为空)')).toEqual({
      en: 'Owner unit cannot be empty',
      zh: '所属单位不能为空',
    });
    expect(splitBilingual('状态只能通过流转操作变更 (state cannot be set directly)')).toEqual({
      en: 'state cannot be set directly',
      zh: '状态只能通过流转操作变更',
    });
    expect(splitBilingual('limit must be 1-50 (inclusive)')).toEqual({
      en: 'limit must be 1-50 (inclusive)',
      zh: 'limit must be 1-50 (inclusive)',
    });
    expect(splitBilingual('Not Found')).toEqual({ en: 'Not Found', zh: 'Not Found' });
  });
});

describe('a unique index that stopped a second write', () => {
  it.each([
    [
      'PostgreSQL',
      Object.assign(new Error('duplicate key value violates unique constraint "quarterly_reports_report_key_unique"'), { code: '23505' }),
    ],
    ['SQLite', Object.assign(new Error('UNIQUE constraint failed: quarterly_reports.report_key'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })],
    ['wrapped by Strapi', Object.assign(new Error('insert failed'), { cause: { code: '23505' } })],
  ])('is a 409 that says it duplicates a record, not a 500 (%s)', (_db, error) => {
    const zh = errorResponse(error, 'zh')!;
    expect(zh.status).toBe(409);
    expect(zh.body.error.details.code).toBe('duplicate');
    expect(zh.body.error.message).toContain('与已有记录重复');
    expect(errorResponse(error, 'en')!.body.error.message).toMatch(/^This duplicates a record/);
  });

  it('leaves any other database error to the server error it is', () => {
    expect(errorResponse(Object.assign(new Error('connection terminated'), { code: '57P01' }), 'zh')).toBeNull();
  });
});
