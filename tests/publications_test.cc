// Tests for parser/extract/publications.h: one citation in, its fields out,
// over IEEE, APA, ACM, MLA, Vancouver and Chinese (GB/T 7714) styles and the
// line-per-field layout of corpus/000.txt; then the corpus files end to end.
#include "extract/publications.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cvparse/parse.h"
#include "lexicon/lexicons.h"

#ifndef CVPARSE_SOURCE_DIR
#error "define CVPARSE_SOURCE_DIR as the path of the source tree"
#endif

namespace cvparse {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const PublicationsExtractor& Extractor() {
  static const std::unique_ptr<PublicationsExtractor> extractor = [] {
    std::string error;
    auto e = PublicationsExtractor::CreateFromData(ReadFile(CVPARSE_SOURCE_DIR "/parser/lexicons/venues.tsv"), &error);
    INFO(error);
    REQUIRE(e != nullptr);
    return e;
  }();
  return *extractor;
}

// "" in an expected string field means "must be empty"; kAny skips the check.
const char* const kAny = "<any>";

struct Row {
  const char* item;
  const char* owner;
  const char* title;
  std::vector<std::string> authors;  // checked when non-empty
  int owner_position;
  const char* venue;
  const char* venue_raw;
  const char* status;
  const char* year;
  const char* url = kAny;
};

const Row kRows[] = {
    // Markdown links: the label stays in the text, an http target is the URL;
    // a label over 300 bytes is no link (its target is still a plain URL).
    {"Sparse routing for vision transformers\nA. Lee, B. Kim\n[Preprint](https://example.org/p.pdf), 2023.",
     "A. Lee", "Sparse routing for vision transformers", {"A. Lee", "B. Kim"}, 1, kAny, kAny, kAny, kAny,
     "https://example.org/p.pdf"},
    // corpus/000.txt: one field a line.
    {"RRE: A Relevance Relation Extraction framework for cross-domain recommender system at Alipay\n"
     "Jiayang Gu, Xovee Xu, Yulu Tian, Jiadong Huang, Wenliang Zhong, Fan Zhou, Lianli Gao\n"
     "Submitted to ICASSP, score 23/17/17(max score 24)",
     "Jiayang Gu", "RRE: A Relevance Relation Extraction framework for cross-domain recommender system at Alipay",
     {"Jiayang Gu", "Xovee Xu", "Yulu Tian", "Jiadong Huang", "Wenliang Zhong", "Fan Zhou", "Lianli Gao"}, 1,
     "IEEE International Conference on Acoustics, Speech and Signal Processing", "ICASSP", "submitted", ""},
    {"Incorporating granularity bias as the margin into contrastive loss for video captioning\n"
     "Jiayang Gu, Fengming Yao\n"
     "Inspired by popularity bias in the recommendation system, I studied another form of popularity in video "
     "captioning. It has an online version at [here](#).",
     "Jiayang Gu", "Incorporating granularity bias as the margin into contrastive loss for video captioning",
     {"Jiayang Gu", "Fengming Yao"}, 1, "", "", "", "", ""},
    {"End-to-End image captioning with grid feature fusion and dual cooperation\n"
     "Jingkuan Song, Pengpeng Zeng, Jiayang Gu, Jinkuan Zhu, Lianli Gao\n"
     "Published by International Journal of Software and Informatics(IJSI). It has an online version at [here](#).",
     "Jiayang Gu", "End-to-End image captioning with grid feature fusion and dual cooperation",
     {"Jingkuan Song", "Pengpeng Zeng", "Jiayang Gu", "Jinkuan Zhu", "Lianli Gao"}, 3,
     "International Journal of Software and Informatics", "IJSI", "published", ""},
    // corpus/014.txt: IEEE, APA, ACM.
    {"K. Watanabe-Clarke, L. Moreau, and S. Iyer, \"Sparse mixture routing for calibrated vision transformers,\" "
     "IEEE Transactions on Pattern Analysis and Machine Intelligence, vol. 46, no. 3, pp. 1201–1215, 2024.",
     "Kenji Watanabe-Clarke", "Sparse mixture routing for calibrated vision transformers",
     {"K. Watanabe-Clarke", "L. Moreau", "S. Iyer"}, 1,
     "IEEE Transactions on Pattern Analysis and Machine Intelligence",
     "IEEE Transactions on Pattern Analysis and Machine Intelligence", "published", "2024"},
    {"Iyer, S., Watanabe-Clarke, K., & Moreau, L. (2022). Temperature scaling is not enough: Post-hoc calibration "
     "under label shift. Journal of Machine Learning Research, 23(141), 1–38.",
     "Kenji Watanabe-Clarke", "Temperature scaling is not enough: Post-hoc calibration under label shift",
     {"Iyer, S.", "Watanabe-Clarke, K.", "Moreau, L."}, 2, "Journal of Machine Learning Research", kAny,
     "published", "2022"},
    {"Watanabe-Clarke, K., Osei, A., & Brandt, F. (2025). Conformal risk control for dense prediction. Manuscript "
     "under review at International Journal of Computer Vision.",
     "Kenji Watanabe-Clarke", "Conformal risk control for dense prediction",
     {"Watanabe-Clarke, K.", "Osei, A.", "Brandt, F."}, 1, "International Journal of Computer Vision", kAny,
     "under_review", "2025"},
    {"Watanabe-Clarke, K.*, & Natarajan, P.* (2023). Uncertainty-aware retrieval for vision-language models. In "
     "Advances in Neural Information Processing Systems (NeurIPS 2023).",
     "Kenji Watanabe-Clarke", "Uncertainty-aware retrieval for vision-language models",
     {"Watanabe-Clarke, K.", "Natarajan, P."}, 1, "Conference on Neural Information Processing Systems", "NeurIPS",
     "published", "2023"},
    {"Kenji Watanabe-Clarke, Priya Natarajan, and Tomas Hedlund. 2022. Selective prediction for extractive question "
     "answering. In Proceedings of the 60th Annual Meeting of the Association for Computational Linguistics (ACL "
     "'22). Association for Computational Linguistics, 4410–4423.",
     "Kenji Watanabe-Clarke", "Selective prediction for extractive question answering",
     {"Kenji Watanabe-Clarke", "Priya Natarajan", "Tomas Hedlund"}, 1,
     "Annual Meeting of the Association for Computational Linguistics", "ACL", "published", "2022"},
    {"A. Osei, K. Watanabe-Clarke, \"Test-time adaptation without forgetting,\" in Proc. IEEE/CVF Conference on "
     "Computer Vision and Pattern Recognition (CVPR), 2024, pp. 18211–18220.",
     "Kenji Watanabe-Clarke", "Test-time adaptation without forgetting", {"A. Osei", "K. Watanabe-Clarke"}, 2,
     "IEEE/CVF Computer Vision and Pattern Recognition Conference", "CVPR", "published", "2024"},
    {"M. Haddad, A. Osei, and K. Watanabe-Clarke, \"Bayesian low-rank adapters for continual learning,\" in Proc. "
     "International Conference on Machine Learning (ICML), 2025. Accepted, to appear.",
     "Kenji Watanabe-Clarke", "Bayesian low-rank adapters for continual learning",
     {"M. Haddad", "A. Osei", "K. Watanabe-Clarke"}, 3, "International Conference on Machine Learning", "ICML",
     "accepted", "2025"},
    {"Brandt, F., & Watanabe-Clarke, K. (2025). Calibration of diffusion classifiers. Submitted to CVPR 2026.",
     "Kenji Watanabe-Clarke", "Calibration of diffusion classifiers", {"Brandt, F.", "Watanabe-Clarke, K."}, 2,
     "IEEE/CVF Computer Vision and Pattern Recognition Conference", "CVPR", "submitted", "2025"},
    {"Natarajan, P., Watanabe-Clarke, K. (2024). A benchmark for abstention in multimodal assistants. arXiv "
     "preprint arXiv:2407.00001.",
     "Kenji Watanabe-Clarke", "A benchmark for abstention in multimodal assistants",
     {"Natarajan, P.", "Watanabe-Clarke, K."}, 2, "arXiv", "arXiv", "preprint", "2024",
     "https://arxiv.org/abs/2407.00001"},
    {"K. Watanabe-Clarke. \"On the fragility of ensembles under covariate shift.\" ICML Workshop on Uncertainty & "
     "Robustness in Deep Learning, 2019.",
     "Kenji Watanabe-Clarke", "On the fragility of ensembles under covariate shift", {"K. Watanabe-Clarke"}, 1,
     "ICML Workshop on Uncertainty & Robustness in Deep Learning", kAny, "published", "2019"},
    // corpus/027.txt: quoted titles after "Authors." .
    {"Y. Demir, E. Kaya, A. Yıldız. \"KG-CL: Knowledge-Graph Contrastive Learning for Cold-Start Recommendation.\" "
     "Proceedings of the ACM Web Conference (WWW), 2023.",
     "Yusuf Demir", "KG-CL: Knowledge-Graph Contrastive Learning for Cold-Start Recommendation",
     {"Y. Demir", "E. Kaya", "A. Yıldız"}, 1, "The Web Conference", "WWW", "published", "2023"},
    {"Y. Demir, M. van Dijk. \"Negative Sampling Matters in Contrastive Knowledge Graph Embedding.\" Findings of "
     "EMNLP, 2022.",
     "Yusuf Demir", "Negative Sampling Matters in Contrastive Knowledge Graph Embedding", {"Y. Demir", "M. van Dijk"},
     1, "Findings of EMNLP", kAny, "published", "2022"},
    {"E. Kaya, Y. Demir. \"Hard Negatives for Product Retrieval.\" arXiv preprint, 2024.", "Yusuf Demir",
     "Hard Negatives for Product Retrieval", {"E. Kaya", "Y. Demir"}, 2, "arXiv", kAny, "preprint", "2024"},
    // corpus/038.txt: Vancouver.
    {"Lindqvist MK, Berg A, Hansson P. Bayesian borrowing in rare-disease trials. Stat Med. 2023;42:1011–1025.",
     "Maria K. Lindqvist", "Bayesian borrowing in rare-disease trials", {"Lindqvist MK", "Berg A", "Hansson P"}, 1,
     "Stat Med", "Stat Med", "published", "2023"},
    {"Lindqvist MK, et al. Estimands in practice: a case study. Clin Trials. 2019;16:301–310.", "Maria K. Lindqvist",
     "Estimands in practice: a case study", {"Lindqvist MK"}, 1, "Clin Trials", kAny, "published", "2019"},
    {"Berg A, Lindqvist MK. Sample size for win-ratio analyses. Pharm Stat. 2020;19:455–467.", "Maria K. Lindqvist",
     "Sample size for win-ratio analyses", {"Berg A", "Lindqvist MK"}, 2, "Pharm Stat", kAny, "published", "2020"},
    // corpus/039.txt: "et al." in IEEE style.
    {"S. Venkataraman et al., \"Halide-doped argyrodites with enhanced air stability,\" ACS Energy Letters, vol. 8, "
     "pp. 3021–3029, 2023.",
     "Siddharth Venkataraman", "Halide-doped argyrodites with enhanced air stability", {"S. Venkataraman"}, 1,
     "ACS Energy Letters", kAny, "published", "2023"},
    // MLA.
    {"Gu, Jiayang, and Fengming Yao. \"Contrastive Captioning with Margins.\" IEEE Transactions on Multimedia, vol. "
     "25, 2023, pp. 1-10.",
     "Jiayang Gu", "Contrastive Captioning with Margins", {"Gu, Jiayang", "Fengming Yao"}, 1,
     "IEEE Transactions on Multimedia", kAny, "published", "2023"},
    // Chinese (GB/T 7714).
    {"顾佳阳, 张伟. 基于对比学习的视频描述方法[J]. 计算机学报, 2022, 45(3): 1-10.", "顾佳阳",
     "基于对比学习的视频描述方法", {"顾佳阳", "张伟"}, 1, "计算机学报", kAny, "published", "2022"},
    // Status words and URLs.
    {"J. Smith, A. Lee. Graph transformers at scale. Accepted at NeurIPS 2024.", "Alice Lee",
     "Graph transformers at scale", {"J. Smith", "A. Lee"}, 2, "Conference on Neural Information Processing Systems",
     "NeurIPS", "accepted", "2024"},
    {"Doe, J. (2024). A study of sparse things. Journal of Applied Things. In press.", "John Doe",
     "A study of sparse things", {"Doe, J."}, 1, "Journal of Applied Things", kAny, "in_press", "2024"},
    {"J. Doe, \"Tiny lenses,\" Nature, vol. 1, pp. 1-5, 2020, doi:10.1038/s41586-020-1234-5.", "John Doe",
     "Tiny lenses", {"J. Doe"}, 1, "Nature", kAny, "published", "2020", "https://doi.org/10.1038/s41586-020-1234-5"},
    {"Jane Doe, John Roe. Learning to rank with abstention. Under review.", "Jane Doe",
     "Learning to rank with abstention", {"Jane Doe", "John Roe"}, 1, "", "", "under_review", ""},
    {"A. Chen, B. Wu, \"Robust matching,\" To appear in Proceedings of the AAAI Conference on Artificial "
     "Intelligence (AAAI), 2025.",
     "", "Robust matching", {"A. Chen", "B. Wu"}, 0, "AAAI Conference on Artificial Intelligence", "AAAI", "accepted",
     "2025"},
    {"A. B. Chen, \"Shape priors,\" IEEE Trans. Pattern Anal. Mach. Intell., vol. 3, 2020.", "Ann Chen",
     "Shape priors", {"A. B. Chen"}, 1, "IEEE Transactions on Pattern Analysis and Machine Intelligence", kAny,
     "published", "2020"},
    {"Deep graph matching. Presented at ICASSP 2021. https://example.org/paper.pdf", "", "Deep graph matching", {}, 0,
     "IEEE International Conference on Acoustics, Speech and Signal Processing", "ICASSP", "published", "2021",
     "https://example.org/paper.pdf"},
};

void CheckField(const char* name, const std::string& got, const char* want) {
  if (want == kAny) return;
  INFO(name);
  CHECK(got == want);
}

TEST_CASE("publication items", "[publications]") {
  for (const Row& row : kRows) {
    INFO(row.item);
    std::optional<Publication> pub = Extractor().ParseItem(row.item, row.owner);
    REQUIRE(pub.has_value());
    CHECK(pub->title == row.title);
    if (!row.authors.empty()) CHECK(pub->authors == row.authors);
    CHECK(pub->owner_position == row.owner_position);
    CheckField("venue", pub->venue, row.venue);
    CheckField("venue_raw", pub->venue_raw, row.venue_raw);
    CheckField("status", pub->status, row.status);
    CheckField("year", pub->year, row.year);
    CheckField("url", pub->url, row.url);
  }
}

TEST_CASE("not publications", "[publications]") {
  const char* const kNegatives[] = {
      "",
      "   ",
      "Full list of publications on Google Scholar",
      "See my Google Scholar profile for a complete list",
      "Journal Articles",
      "(* denotes equal contribution; students I supervise are underlined in the PDF version)",
      "Conference Papers",
  };
  for (const char* item : kNegatives) {
    INFO(item);
    CHECK_FALSE(Extractor().ParseItem(item, "Kenji Watanabe-Clarke").has_value());
  }
}

TEST_CASE("author lists", "[publications]") {
  struct AuthorRow {
    const char* text;
    std::vector<std::string> authors;
    bool et_al;
  };
  const AuthorRow kAuthorRows[] = {
      {"Iyer, S., Watanabe-Clarke, K., & Moreau, L.", {"Iyer, S.", "Watanabe-Clarke, K.", "Moreau, L."}, false},
      {"K. Watanabe-Clarke, L. Moreau, and S. Iyer", {"K. Watanabe-Clarke", "L. Moreau", "S. Iyer"}, false},
      {"S. Venkataraman et al.", {"S. Venkataraman"}, true},
      {"Gu, J.; Yao, F.", {"Gu, J.", "Yao, F."}, false},
      {"Jiayang Gu*, Fengming Yao†", {"Jiayang Gu", "Fengming Yao"}, false},
      {"Gu, Jiayang, Yao, Fengming", {"Gu, Jiayang", "Yao, Fengming"}, false},
      {"Lindqvist MK, Öberg J", {"Lindqvist MK", "Öberg J"}, false},
      {"顾佳阳、张伟", {"顾佳阳", "张伟"}, false},
      {"M. van Dijk and J.-P. Dupont", {"M. van Dijk", "J.-P. Dupont"}, false},
  };
  for (const AuthorRow& row : kAuthorRows) {
    INFO(row.text);
    bool et_al = false;
    CHECK(SplitAuthors(row.text, &et_al) == row.authors);
    CHECK(et_al == row.et_al);
  }
}

TEST_CASE("owner among authors", "[publications]") {
  struct OwnerRow {
    const char* author;
    const char* owner;
    bool same;
  };
  const OwnerRow kOwnerRows[] = {
      {"Gu, J.", "Jiayang Gu", true},
      {"J. Gu", "Jiayang Gu", true},
      {"Jiayang Gu", "JIAYANG GU", true},
      {"Gu Jiayang", "Jiayang Gu", true},
      {"Lindqvist MK", "Maria K. Lindqvist", true},
      {"Watanabe-Clarke, K.", "Kenji Watanabe-Clarke", true},
      {"赵雨辰", "ZHAO Yuchen (赵雨辰)", true},
      {"Y. Zhao", "ZHAO Yuchen (赵雨辰)", true},
      // Negatives.
      {"Gu, Y.", "Jiayang Gu", false},
      {"Fengming Yao", "Jiayang Gu", false},
      {"K. Clarke", "Kenji Watanabe-Clarke", false},
      {"J. Gu", "", false},
  };
  for (const OwnerRow& row : kOwnerRows) {
    INFO(row.author << " / " << row.owner);
    CHECK(AuthorIsOwner(row.author, row.owner) == row.same);
  }
}

// ---- whole documents

const Parser& TheParser() {
  static const std::unique_ptr<Parser> parser = [] {
    std::string error;
    auto p = Parser::Create(&error);
    INFO(error);
    REQUIRE(p != nullptr);
    return p;
  }();
  return *parser;
}

Document ParseCorpus(const char* name) {
  Document doc;
  ParseOptions options;
  options.as_of_year = 2026;
  options.as_of_month = 11;
  Status status = TheParser().Parse(ReadFile(std::string(CVPARSE_SOURCE_DIR "/corpus/") + name), options, &doc);
  REQUIRE(status.ok());
  doc.entities.publications.clear();
  Extractor().Extract(TheParser().lexicons(), {2026, 11}, &doc);
  return doc;
}

TEST_CASE("corpus 000 publications", "[publications]") {
  Document doc = ParseCorpus("000.txt");
  const auto& pubs = doc.entities.publications;
  REQUIRE(pubs.size() == 3);
  CHECK(pubs[0].title == "RRE: A Relevance Relation Extraction framework for cross-domain recommender system at Alipay");
  CHECK(pubs[0].authors.size() == 7);
  CHECK(pubs[0].owner_position == 1);
  CHECK(pubs[0].venue == "IEEE International Conference on Acoustics, Speech and Signal Processing");
  CHECK(pubs[0].venue_raw == "ICASSP");
  CHECK(pubs[0].status == "submitted");
  CHECK(pubs[1].title == "Incorporating granularity bias as the margin into contrastive loss for video captioning");
  CHECK(pubs[1].authors == std::vector<std::string>{"Jiayang Gu", "Fengming Yao"});
  CHECK(pubs[2].title == "End-to-End image captioning with grid feature fusion and dual cooperation");
  CHECK(pubs[2].authors.size() == 5);
  CHECK(pubs[2].owner_position == 3);
  CHECK(pubs[2].venue == "International Journal of Software and Informatics");
  CHECK(pubs[2].venue_raw == "IJSI");
  CHECK(pubs[2].status == "published");
  for (const Publication& p : pubs) {
    CHECK(p.span_begin < p.span_end);
    CHECK(p.span_end <= doc.text.size());
  }
  CHECK(doc.Text({pubs[0].span_begin, pubs[0].span_end}).substr(0, 8) == "RRE: A R");
}

TEST_CASE("corpus 014 publications", "[publications]") {
  Document doc = ParseCorpus("014.txt");
  const auto& pubs = doc.entities.publications;
  REQUIRE(pubs.size() == 10);
  const char* const kStatus[] = {"published", "published", "under_review", "published", "published",
                                 "published", "accepted",  "submitted",    "preprint",  "published"};
  const char* const kYear[] = {"2024", "2022", "2025", "2023", "2022", "2024", "2025", "2025", "2024", "2019"};
  for (size_t i = 0; i < pubs.size(); ++i) {
    INFO(i << ": " << pubs[i].title);
    CHECK(pubs[i].status == kStatus[i]);
    CHECK(pubs[i].year == kYear[i]);
    CHECK(pubs[i].owner_position > 0);
  }
  CHECK(pubs[0].title == "Sparse mixture routing for calibrated vision transformers");
  CHECK(pubs[4].venue_raw == "ACL");
}

TEST_CASE("corpus 027 and 039 publications", "[publications]") {
  Document doc = ParseCorpus("027.txt");
  REQUIRE(doc.entities.publications.size() == 4);
  CHECK(doc.entities.publications[0].venue_raw == "WWW");
  CHECK(doc.entities.publications[3].year == "2018");
  Document doc39 = ParseCorpus("039.txt");
  REQUIRE(doc39.entities.publications.size() == 3);  // the patents are not publications
  CHECK(doc39.entities.publications[1].authors.size() == 3);
  CHECK(doc39.entities.publications[2].venue == "Journal of Materials Chemistry A");
}

TEST_CASE("publications of every corpus file", "[publications]") {
  for (int i = 0; i <= 40; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "%03d.txt", i);
    INFO(name);
    Document doc = ParseCorpus(name);
    for (const Publication& p : doc.entities.publications) {
      CHECK_FALSE(p.title.empty());
      CHECK(p.span_end <= doc.text.size());
    }
  }
}

}  // namespace
}  // namespace cvparse
