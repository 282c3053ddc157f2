import { z } from "zod";
import { defineQuery, names } from "../canned-query.ts";
import { endpointName } from "../endpoint-names.ts";
import { nameList, strings, typeName } from "../rows.ts";

/**
 * One-way product flows. Only dissemination of products counts as a flow: cooperation is
 * mutual in meaning ("cooperates with"), so the direction it is recorded in says only which
 * side the source speaks from, and a one-way cooperation would be an artefact of the data.
 */
export const reciprocity = defineQuery({
  id: "reciprocity",
  category: "dependencies",
  titles: names(
    "Flows that go one way only",
    "Flux à sens unique",
    "Stromen in één richting",
  ),
  descriptions: names(
    "Pairs of organisations where one passes its products or information to the other and receives nothing back from it. " +
      "Only the dissemination of products counts as a flow; cooperation is left out, because cooperating is mutual by nature and the direction in which it is recorded says nothing about who gives to whom.",
    "Paires d'organisations où l'une transmet ses produits ou ses informations à l'autre sans rien recevoir d'elle en retour. " +
      "Seule la diffusion de produits compte comme flux ; la coopération n'est pas prise en compte, car elle est mutuelle par nature et le sens dans lequel elle est enregistrée ne dit pas qui donne à qui.",
    "Paren van organisaties waarbij de ene haar producten of informatie aan de andere doorgeeft zonder er iets van terug te ontvangen. " +
      "Alleen de verspreiding van producten telt als stroom; samenwerking blijft buiten beschouwing, omdat ze per definitie wederzijds is en de richting waarin ze geregistreerd is niets zegt over wie aan wie geeft.",
  ),
  params: z.object({}),
  columns: [
    { key: "from", names: names("From", "De", "Van") },
    { key: "to", names: names("To", "À", "Naar") },
    { key: "typeName", names: names("Flow", "Flux", "Stroom") },
    { key: "products", names: names("Products", "Produits", "Producten") },
  ],
  async run(context) {
    const found = await context.db.query("analytics/reciprocity", { asOf: context.asOfDate });
    const rows = found.map((row) => {
      const edgeIds = strings(row.edgeIds).sort();
      return {
        id: edgeIds[0]!,
        source: String(row.source),
        target: String(row.target),
        from: endpointName(context, row, "source"),
        to: endpointName(context, row, "target"),
        type: String(row.type),
        typeName: typeName(context, String(row.type)),
        products: strings(row.products).join("; ") || null,
        edgeIds,
      };
    });
    const pairs = rows.map((row) => ({ name: `${row.from} → ${row.to}` }));
    return {
      rows,
      highlight: {
        nodes: [...new Set(rows.flatMap((row) => [row.source, row.target]))],
        edges: rows.flatMap((row) => row.edgeIds),
      },
      finding: names(
        `${rows.length} product flow(s) go one way only, with nothing disseminated back${nameList(pairs)}`,
        `${rows.length} flux de produits ne vont que dans un sens, sans rien en retour${nameList(pairs)}`,
        `${rows.length} verband(en) waarin producten maar in één richting gaan, zonder dat er iets terugkomt${nameList(pairs)}`,
      ),
      typesConsidered: ["DISSEMINATES_TO"],
    };
  },
});
