namespace Samenwerking.Web.Domain.Instruments;

/// <summary>
/// The instruments of one municipality's council towards one regeling. <see cref="AppliesWgr"/> is false for a form the
/// Wgr does not govern (a cross-border body, an agreement, a private-law body): then <see cref="Instruments"/> is empty
/// and <see cref="Summary"/> says why.
/// </summary>
public sealed record CouncilInstrumentSet(CouncilPosition Position, bool AppliesWgr, string Summary, IReadOnlyList<CouncilInstrument> Instruments)
{
    public bool Has(CouncilInstrumentKind kind) => Instruments.Any(i => i.Kind == kind);
}
