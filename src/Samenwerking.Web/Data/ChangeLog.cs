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
    private readonly HashSet<int> touchedArrangements = [];

    public static ChangeLog Capture(DbContext db, IEnumerable<FieldChange> extraArrangementChanges)
    {
        var log = new ChangeLog();
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is ChangeRecord || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (ArrangementIdOf(entry) is { } touched)
            {
                log.touchedArrangements.Add(touched);
            }

            if (entry.Metadata.HasSharedClrType)
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

    /// <summary>The saved arrangements (positive ids) that this save changes, directly or through their parts.</summary>
    public IReadOnlySet<int> TouchedArrangements => touchedArrangements;

    /// <summary>After saving: the records, each tied to the arrangement its entity belongs to.</summary>
    public IEnumerable<ChangeRecord> Records(string userName, DateTimeOffset at) =>
        pending.Select(p => Record(p, userName, at, ArrangementIdOf(p.Entry)));

    public IEnumerable<ChangeRecord> Records(string userName, DateTimeOffset at, int arrangementId) =>
        pending.Select(p => Record(p, userName, at, arrangementId));

    /// <summary>After saving: the records, each tied to the arrangement the caller knows its entity belongs to.</summary>
    public IEnumerable<ChangeRecord> Records(string userName, DateTimeOffset at, Func<object, int?> arrangementOf) =>
        pending.Select(p => Record(p, userName, at, arrangementOf(p.Entry.Entity)));

    private static ChangeRecord Record(
        (EntityEntry Entry, int? Id, ChangeAction Action, List<FieldChange> Changes) p, string userName, DateTimeOffset at, int? arrangementId) => new()
        {
            At = at,
            UserName = userName,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = p.Id ?? (int)p.Entry.Property("Id").CurrentValue!,
            ArrangementId = arrangementId,
            Action = p.Action,
            Changes = p.Changes,
        };

    private static int? ArrangementIdOf(EntityEntry entry) =>
        entry.Entity is Arrangement arrangement ? arrangement.Id
        : entry.Metadata.FindProperty(nameof(Membership.ArrangementId)) is { } property ? entry.Property(property.Name).CurrentValue as int?
        : null;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text => text,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString(),
    };
}
