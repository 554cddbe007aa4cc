namespace Samenwerking.Web.Features.Finances;

/// <summary>One figure in the register: an arrangement's balance figure of a year, or a membership's contribution of a year.</summary>
public sealed record FigureKey(int ArrangementId, int? MembershipId, int Year, Figure Figure);
