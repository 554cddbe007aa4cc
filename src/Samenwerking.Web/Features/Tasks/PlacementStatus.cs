namespace Samenwerking.Web.Features.Tasks;

/// <summary>Where a municipality has a task carried out on a date (decision 0007).</summary>
public enum PlacementStatus
{
    /// <summary>Placed in at least one arrangement (confirmed or suggested).</summary>
    InArrangement,

    /// <summary>Carried out by the municipality itself: a placement without arrangement.</summary>
    KeptThemselves,

    /// <summary>Nothing registered: a gap, not "does it itself".</summary>
    NothingRegistered,
}
