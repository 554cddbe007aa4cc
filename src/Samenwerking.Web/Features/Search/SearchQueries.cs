using Microsoft.EntityFrameworkCore;
using Npgsql;
using Samenwerking.Web.Data;

namespace Samenwerking.Web.Features.Search;

/// <summary>
/// The search in the top bar: one SQL statement over arrangements (name, purpose, public interest, seat), the powers
/// placed with them, municipalities and tasks. Words match by PostgreSQL's Dutch full-text search (stems, so
/// "jeugdhulp" finds "Jeugdhulpregio" only as a word, "belastingen" finds "belasting"); names also match by trigram
/// similarity, so a typo ("Amsterdm", "omgevingsdients") still finds them. An arrangement is also found by the tasks
/// placed with it ("brandweer" finds the veiligheidsregio's through the task Brandweerzorg). Ranked per kind; ended
/// arrangements and former municipalities last.
/// </summary>
public sealed class SearchQueries(IDbContextFactory<RegisterDbContext> contextFactory)
{
    public const int MaxQueryLength = 200;
    public const int PerKind = 20;

    public async Task<SearchResults> SearchAsync(string? text, DateOnly date, CancellationToken cancellationToken)
    {
        var query = text?.Trim() ?? string.Empty;
        if (query.Length == 0)
        {
            return SearchResults.None;
        }

        query = query[..Math.Min(query.Length, MaxQueryLength)];
        return await contextFactory.ReadingAsync(db => SearchAsync(db, query, date, cancellationToken), cancellationToken);
    }

    private static async Task<SearchResults> SearchAsync(RegisterDbContext db, string query, DateOnly date, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(Sql, new NpgsqlParameter("query", query), new NpgsqlParameter("date", date))
            .ToListAsync(cancellationToken);

        return new SearchResults(
            rows.Select(r => new SearchHit(Enum.Parse<SearchKind>(r.Kind), r.Key, r.Title, r.Detail, r.Ended, r.Rank)).OrderBy(h => h.Kind).ToList(),
            rows.GroupBy(r => Enum.Parse<SearchKind>(r.Kind)).ToDictionary(g => g.Key, g => (int)g.First().Total));
    }

    /// <summary>
    /// The words are written into every condition as parameters, not taken from a common table expression, so that each
    /// full-text and trigram match can be an index condition (decision 0031). Whether the trigram index is chosen over
    /// a scan of every name also depends on the planner's page costs: at ten times the national size the scan took
    /// 16–24 ms, the index 2–3 ms.
    /// </summary>
    private static readonly string Sql = $"""
        WITH task_hits AS (
            SELECT t.id, t.name, t.description,
                   (ts_rank_cd(t.search_vector, websearch_to_tsquery('dutch', @query)) + word_similarity(lower(@query), t.name))::float8 AS rank
            FROM municipal_tasks t
            WHERE t.search_vector @@ websearch_to_tsquery('dutch', @query) OR lower(@query) <% t.name),
        placed_with AS (
            SELECT DISTINCT ON (p.arrangement_id) p.arrangement_id, h.name AS task
            FROM task_placements p JOIN task_hits h ON h.id = p.municipal_task_id
            WHERE p.arrangement_id IS NOT NULL
            ORDER BY p.arrangement_id, h.rank DESC, h.name),
        -- Each way to match on its own, so each uses its index (an OR over them scanned every arrangement).
        arrangement_hits AS (
            SELECT a.id FROM arrangements a WHERE a.search_vector @@ websearch_to_tsquery('dutch', @query)
            UNION SELECT a.id FROM arrangements a WHERE lower(@query) <% a.name
            UNION SELECT arrangement_id FROM placed_with)
        (SELECT 'Samenwerkingsverband' AS kind, a.id::text AS key, a.name AS title,
                CASE WHEN a.search_vector @@ websearch_to_tsquery('dutch', @query) OR w.task IS NULL THEN a.purpose ELSE 'Taak: ' || w.task END AS detail,
                (a.end_date IS NOT NULL AND a.end_date <= @date) AS ended,
                (ts_rank_cd(a.search_vector, websearch_to_tsquery('dutch', @query)) + word_similarity(lower(@query), a.name)
                    + CASE WHEN w.task IS NULL THEN 0 ELSE 0.05 END)::float8 AS rank,
                count(*) OVER () AS total
         FROM arrangement_hits h JOIN arrangements a ON a.id = h.id LEFT JOIN placed_with w ON w.arrangement_id = a.id
         ORDER BY ended, rank DESC, a.name LIMIT {PerKind})
        UNION ALL
        (SELECT 'Bevoegdheid', a.id::text, a.name, p.description,
                (a.end_date IS NOT NULL AND a.end_date <= @date), ts_rank_cd(p.search_vector, websearch_to_tsquery('dutch', @query))::float8,
                count(*) OVER ()
         FROM transferred_powers p JOIN arrangements a ON a.id = p.arrangement_id
         WHERE p.search_vector @@ websearch_to_tsquery('dutch', @query)
         ORDER BY 5, 6 DESC, a.name LIMIT {PerKind})
        UNION ALL
        (SELECT 'Gemeente', m.code, m.name, NULL, (m.valid_to IS NOT NULL AND m.valid_to <= @date),
                CASE WHEN lower(m.code) = lower(@query) THEN 2 ELSE word_similarity(lower(@query), m.name) END::float8, count(*) OVER ()
         FROM municipalities m
         WHERE lower(@query) <% m.name OR lower(m.code) = lower(@query)
         ORDER BY 5, 6 DESC, m.name LIMIT {PerKind})
        UNION ALL
        (SELECT 'Taak', h.id::text, h.name, h.description, false, h.rank, count(*) OVER ()
         FROM task_hits h
         ORDER BY 6 DESC, h.name LIMIT {PerKind})
        """;

    private sealed class Row
    {
        public required string Kind { get; init; }

        public required string Key { get; init; }

        public required string Title { get; init; }

        public string? Detail { get; init; }

        public bool Ended { get; init; }

        public double Rank { get; init; }

        /// <summary>How many of this kind matched, of which at most <see cref="PerKind"/> are returned.</summary>
        public long Total { get; init; }
    }
}
