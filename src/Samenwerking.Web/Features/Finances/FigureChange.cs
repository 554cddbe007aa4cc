namespace Samenwerking.Web.Features.Finances;

/// <summary>One figure an upload changed: whose (party or participant) in which year, from what to what.</summary>
public sealed record FigureChange(string Name, int Year, Figure Figure, decimal? From, decimal? To)
{
    /// <summary>"Veiligheidsregio Utrecht 2026, bijdrage begroot: € 100.000 → € 120.000".</summary>
    public override string ToString() => $"{Name} {Year}, {Figure.Label()}: {Amounts.Format(From)} → {Amounts.Format(To)}";
}
