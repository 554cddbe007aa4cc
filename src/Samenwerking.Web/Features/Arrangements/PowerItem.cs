using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements;

public sealed record PowerItem(string Description, PowerAcquisition? Acquisition, string? LegalBasis);
