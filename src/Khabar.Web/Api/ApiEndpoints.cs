namespace Khabar.Web.Api;

/// <summary>The JSON API under <c>/api/</c>; an unknown API path is a problem-details 404.</summary>
internal static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Archive");
        SearchApi.Map(api);
        ArticleApi.Map(api);
        StoryApi.Map(api);
        EntityApi.Map(api);
        ExportApi.Map(api);
        IngestApi.Map(api);
        api.Map("/{**path}", (string path) => Problems.NotFound($"no API at /api/{path}")).ExcludeFromDescription();
    }
}
