using Khabar.Entities.Ner;
using Khabar.Testing;

namespace Khabar.Core.Tests.Entities;

/// <summary>The shipped model, loaded once for the tests that need it.</summary>
internal static class ShippedModel
{
    private static readonly Lazy<NerModel> Model = new(() => NerModelStore.Load(Repo.File("models", NerModelStore.FileName)));

    public static NerModel Get() => Model.Value;
}
