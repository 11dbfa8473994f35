using Khabar.Model;

namespace Khabar.Pipeline;

/// <summary>One step after extraction (normalize, enrich): takes an article, returns the article it becomes.</summary>
public interface IArticleStage
{
    /// <summary>The article after this stage.</summary>
    Article Process(Article article);
}
