namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>One page of a longer list.</summary>
/// <typeparam name="T">What the list holds.</typeparam>
/// <param name="Items">The items on this page.</param>
/// <param name="TotalCount">The number of items on all pages together.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The most items a page holds.</param>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize);
