using Microsoft.EntityFrameworkCore;
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
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.SqlQuery<Row>($"""
            WITH q AS (SELECT websearch_to_tsquery('dutch', {query}) AS tsq, lower({query}) AS text, {date} AS date),
            task_hits AS (
                SELECT t.id, t.name, t.description,
                       (ts_rank_cd(t.search_vector, q.tsq) + word_similarity(q.text, t.name))::float8 AS rank
                FROM municipal_tasks t, q
                WHERE t.search_vector @@ q.tsq OR q.text <% t.name),
            placed_with AS (
                SELECT DISTINCT p.arrangement_id, first_value(h.name) OVER (PARTITION BY p.arrangement_id ORDER BY h.rank DESC) AS task
                FROM task_placements p JOIN task_hits h ON h.id = p.municipal_task_id
                WHERE p.arrangement_id IS NOT NULL),
            -- Each way to match on its own, so each uses its index (an OR over them scanned every arrangement).
            arrangement_hits AS (
                SELECT a.id FROM arrangements a, q WHERE a.search_vector @@ q.tsq
                UNION SELECT a.id FROM arrangements a, q WHERE q.text <% a.name
                UNION SELECT arrangement_id FROM placed_with)
            (SELECT 'Samenwerkingsverband' AS kind, a.id::text AS key, a.name AS title,
                    CASE WHEN a.search_vector @@ q.tsq OR w.task IS NULL THEN a.purpose ELSE 'Taak: ' || w.task END AS detail,
                    (a.end_date IS NOT NULL AND a.end_date <= q.date) AS ended,
                    (ts_rank_cd(a.search_vector, q.tsq) + word_similarity(q.text, a.name)
                        + CASE WHEN w.task IS NULL THEN 0 ELSE 0.05 END)::float8 AS rank,
                    count(*) OVER () AS total
             FROM arrangement_hits h JOIN arrangements a ON a.id = h.id CROSS JOIN q LEFT JOIN placed_with w ON w.arrangement_id = a.id
             ORDER BY ended, rank DESC, a.name LIMIT {PerKind})
            UNION ALL
            (SELECT 'Bevoegdheid', a.id::text, a.name, p.description,
                    (a.end_date IS NOT NULL AND a.end_date <= q.date), ts_rank_cd(p.search_vector, q.tsq)::float8, count(*) OVER ()
             FROM transferred_powers p JOIN arrangements a ON a.id = p.arrangement_id, q
             WHERE p.search_vector @@ q.tsq
             ORDER BY 5, 6 DESC, a.name LIMIT {PerKind})
            UNION ALL
            (SELECT 'Gemeente', m.code, m.name, NULL, (m.valid_to IS NOT NULL AND m.valid_to <= q.date),
                    CASE WHEN lower(m.code) = q.text THEN 2 ELSE word_similarity(q.text, m.name) END::float8, count(*) OVER ()
             FROM municipalities m, q
             WHERE q.text <% m.name OR lower(m.code) = q.text
             ORDER BY 5, 6 DESC, m.name LIMIT {PerKind})
            UNION ALL
            (SELECT 'Taak', h.id::text, h.name, h.description, false, h.rank, count(*) OVER ()
             FROM task_hits h
             ORDER BY 6 DESC, h.name LIMIT {PerKind})
            """).ToListAsync(cancellationToken);

        return new SearchResults(
            rows.Select(r => new SearchHit(Enum.Parse<SearchKind>(r.Kind), r.Key, r.Title, r.Detail, r.Ended, r.Rank)).OrderBy(h => h.Kind).ToList(),
            rows.GroupBy(r => Enum.Parse<SearchKind>(r.Kind)).ToDictionary(g => g.Key, g => (int)g.First().Total));
    }

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
