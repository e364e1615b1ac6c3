-- Moves contact details and the short "reference" sections (skills, certifications,
-- education, languages) into a sidebar, the way two-column resume templates do,
-- so the PDF reader is tested on text that is not in one reading column.
local sidebar_words = {
  "skill", "competenc", "certif", "licen", "contact", "language", "education",
  "edu", "tech", "knowledge", "formation", "studies", "training", "certs",
}

local function belongs_in_sidebar(header)
  local text = pandoc.utils.stringify(header):lower()
  for _, word in ipairs(sidebar_words) do
    if text:find(word, 1, true) then
      return true
    end
  end
  return false
end

function Pandoc(doc)
  local sidebar, main = {}, {}
  local target = sidebar -- the contact line before the first heading
  for _, block in ipairs(doc.blocks) do
    if block.t == "Header" and block.level <= 2 then
      target = belongs_in_sidebar(block) and sidebar or main
    end
    table.insert(target, block)
  end
  return pandoc.Pandoc({
    pandoc.Div(sidebar, pandoc.Attr("", { "sidebar" })),
    pandoc.Div(main, pandoc.Attr("", { "main" })),
  }, doc.meta)
end
