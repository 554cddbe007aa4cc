using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Data;

/// <summary>
/// Turns what a save changes into <see cref="ChangeRecord"/>s: which entity, added, modified or removed, and each
/// field from what to what. Capture before saving; write after, when new rows have their ids.
/// </summary>
internal sealed class ChangeLog
{
    private static readonly HashSet<string> Untracked = [nameof(Arrangement.Version), nameof(Arrangement.UpdatedAt), nameof(Arrangement.UpdatedBy)];

    private readonly List<(EntityEntry Entry, int? Id, ChangeAction Action, List<FieldChange> Changes)> pending = [];

    public static ChangeLog Capture(DbContext db, IEnumerable<FieldChange> extraArrangementChanges)
    {
        var log = new ChangeLog();
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is ChangeRecord || entry.Metadata.HasSharedClrType || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => ChangeAction.Added,
                EntityState.Deleted => ChangeAction.Removed,
                _ => ChangeAction.Modified,
            };
            var changes = entry.Properties
                .Where(p => !p.Metadata.IsPrimaryKey() && !p.Metadata.IsForeignKey() && !Untracked.Contains(p.Metadata.Name))
                .Select(p => action switch
                {
                    ChangeAction.Added => new FieldChange(p.Metadata.Name, null, Format(p.CurrentValue)),
                    ChangeAction.Removed => new FieldChange(p.Metadata.Name, Format(p.OriginalValue), null),
                    _ => new FieldChange(p.Metadata.Name, Format(p.OriginalValue), Format(p.CurrentValue)),
                })
                .Where(c => c.From != c.To)
                .ToList();
            if (entry.Entity is Arrangement)
            {
                changes.AddRange(extraArrangementChanges);
            }

            if (changes.Count > 0 || action != ChangeAction.Modified)
            {
                var id = action == ChangeAction.Added ? (int?)null : (int?)entry.Property("Id").CurrentValue;
                log.pending.Add((entry, id, action, changes));
            }
        }

        return log;
    }

    public bool IsEmpty => pending.Count == 0;

    public IEnumerable<ChangeRecord> Records(string userName, DateTimeOffset at, int arrangementId) =>
        pending.Select(p => new ChangeRecord
        {
            At = at,
            UserName = userName,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = p.Id ?? (int)p.Entry.Property("Id").CurrentValue!,
            ArrangementId = arrangementId,
            Action = p.Action,
            Changes = p.Changes,
        });

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
