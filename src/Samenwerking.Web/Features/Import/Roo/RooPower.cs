namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>An article that transfers powers: its heading and its text.</summary>
public sealed record RooPower(string? Heading, string Text);
