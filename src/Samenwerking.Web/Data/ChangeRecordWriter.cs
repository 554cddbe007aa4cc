using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data;

/// <summary>
/// Writes many change records in one statement, in the columns and JSON EF Core reads them from. EF tracks each
/// record's field changes as owned entities, which costs about half a millisecond of processor time per record: an
/// Excel upload that changes thousands of figures spent more time on its history than on the figures.
/// </summary>
internal static class ChangeRecordWriter
{
    public static Task<int> InsertAsync(RegisterDbContext db, IReadOnlyCollection<ChangeRecord> records, CancellationToken cancellationToken)
    {
        var at = records.Select(r => r.At).ToArray();
        var users = records.Select(r => r.UserName).ToArray();
        var types = records.Select(r => r.EntityType).ToArray();
        var ids = records.Select(r => r.EntityId).ToArray();
        var arrangements = records.Select(r => r.ArrangementId).ToArray();
        var actions = records.Select(r => r.Action.ToString()).ToArray();
        var changes = records.Select(r => JsonSerializer.Serialize(r.Changes)).ToArray();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO change_records (at, user_name, entity_type, entity_id, arrangement_id, action, changes)
            SELECT * FROM unnest({at}, {users}, {types}, {ids}, {arrangements}, {actions}, {changes}::jsonb[])
            """, cancellationToken);
    }
}
