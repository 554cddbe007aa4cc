namespace Samenwerking.Web.Domain;

/// <summary>One recorded change to the register (append-only): who changed what, when, from what to what.</summary>
public sealed class ChangeRecord
{
    public const int UserNameMaxLength = 256;
    public const int EntityTypeMaxLength = 100;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>The arrangement the change belongs to, so its page can show one timeline.</summary>
    public int? ArrangementId { get; set; }

    public ChangeAction Action { get; set; }

    public List<FieldChange> Changes { get; set; } = [];
}
