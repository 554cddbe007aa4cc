using Samenwerking.Web.Features.Overview;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A risk a connected party brings for the municipality.</summary>
/// <param name="Class">The risk class, from 1 (low) to 3 (high).</param>
/// <param name="Description">What the risk is.</param>
/// <param name="Mitigation">What limits it.</param>
public sealed record ApiRisk(short Class, string Description, string? Mitigation)
{
    public static ApiRisk From(RiskRow risk) => new(risk.Class, risk.Description, risk.Mitigation);
}
