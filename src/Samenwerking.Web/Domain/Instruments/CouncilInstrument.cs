namespace Samenwerking.Web.Domain.Instruments;

/// <summary>One instrument: what the council can do, why it has it here, and the article it rests on.</summary>
public sealed record CouncilInstrument(CouncilInstrumentKind Kind, string Title, string Why, string Article);
